import { useQuery } from '@apollo/client/react';
import { useId, type FormEvent, type ReactNode } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { EmptyState, ErrorNotice, Loading } from '../../components/status';
import { graphql } from '../../gql';
import type { AnalyticsInterval } from '../../gql/graphql';
import { addDays, count, duration, hours, isoDay, percent, periodLabel, rating } from '../../lib/analytics-format';
import { isUuid } from '../../lib/thread-ref';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../../session/session-context';
import { SlaGauge, SolvedBars, TrendChart, type ChartPoint } from './analytics-charts';
import { BreakdownTable, CsvButton, ProblemsTable, TableSection, type ReportVars } from './analytics-tables';
import { SelectField } from '../../components/form';

const AnalyticsPageDocument = graphql(`
  query AnalyticsPage($from: Date!, $to: Date!, $interval: AnalyticsInterval, $categoryId: ID, $teamId: ID) {
    analytics(from: $from, to: $to, interval: $interval, categoryId: $categoryId, teamId: $teamId) {
      from
      to
      interval
      timeZone
      totals {
        questions
        answered
        answeredInWindowShare
        solvedByCommunity
        solvedByStaff
        communityShare
        expertAnswers
        expertAcceptanceRate
        activeMembers
        newMembers
        medianTimeToFirstAnswerSeconds
        p90TimeToFirstAnswerSeconds
        medianTimeToAcceptedAnswerSeconds
        casesOpened
        slaCompliance
        firstResponseBreaches
        resolutionBreaches
        backlog
        averageRating
        satisfiedShare
        searches
        noResultSearches
        suggestionsShown
        suggestionsOpened
        asksAbandoned
      }
      series {
        start
        questions
        answered
        solvedByCommunity
        solvedByStaff
        medianTimeToFirstAnswerSeconds
        medianTimeToAcceptedAnswerSeconds
        casesOpened
        backlog
        activeMembers
      }
      byTeam: webcareBreakdown(by: TEAM) {
        key
        label
        casesOpened
        slaCompliance
        slaFirstResponseCompliance
        slaResolutionCompliance
        firstResponseBreaches
        resolutionBreaches
        medianResolutionSeconds
        transfersPerCase
        averageRating
        satisfiedShare
        ratings
      }
      byAgent: webcareBreakdown(by: AGENT) {
        key
        label
        casesOpened
        slaCompliance
        slaFirstResponseCompliance
        slaResolutionCompliance
        firstResponseBreaches
        resolutionBreaches
        medianResolutionSeconds
        transfersPerCase
        averageRating
        satisfiedShare
        ratings
      }
      topContributors(first: 10) {
        memberId
        displayName
        reputationGained
        answers
        acceptedAnswers
      }
      recurringProblems(first: 10) {
        clusterId
        title
        threadSlug
        threadCount
        newThreads
        membersHit
        previousMembersHit
        rising
        sparkline
        knownIssue {
          status
          since
        }
      }
    }
    topNoResultQueries(from: $from, to: $to, first: 15) {
      query
      count
      lastSearchedAt
    }
  }
`);
const AnalyticsFiltersDocument = graphql(`
  query AnalyticsFilters {
    categories {
      id
      name
    }
    webcareTeams {
      id
      name
    }
  }
`);

const INTERVALS: Array<[AnalyticsInterval, string]> = [
  ['DAY', 'Per day'],
  ['WEEK', 'Per week'],
  ['MONTH', 'Per month'],
];
const PRESETS: Array<[string, number, AnalyticsInterval]> = [
  ['Last 7 days', 7, 'DAY'],
  ['Last 30 days', 30, 'DAY'],
  ['Last 90 days', 90, 'WEEK'],
  ['Last 12 months', 365, 'MONTH'],
];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// The URL holds the report's range and filters, so a view can be bookmarked and shared.
function readVars(params: URLSearchParams): ReportVars {
  const today = isoDay(new Date());
  const to = DAY.test(params.get('to') ?? '') ? params.get('to')! : today;
  const from = DAY.test(params.get('from') ?? '') ? params.get('from')! : addDays(to, -29);
  const interval = INTERVALS.find(([v]) => v === params.get('interval'))?.[0] ?? 'DAY';
  const categoryId = params.get('category');
  const teamId = params.get('team');
  return {
    from,
    to,
    interval,
    categoryId: categoryId && isUuid(categoryId) ? categoryId : undefined,
    teamId: teamId && isUuid(teamId) ? teamId : undefined,
  };
}

function toParams(v: ReportVars): URLSearchParams {
  const next = new URLSearchParams({ from: v.from, to: v.to, interval: v.interval });
  if (v.categoryId) next.set('category', v.categoryId);
  if (v.teamId) next.set('team', v.teamId);
  return next;
}

const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

function Headline({ label, value, detail, testId }: { label: string; value: string; detail?: ReactNode; testId: string }) {
  return (
    <div className="headline card" data-testid={testId}>
      <dt>{label}</dt>
      <dd className="headline-value">{value}</dd>
      {detail && <dd className="meta">{detail}</dd>}
    </div>
  );
}

export function AnalyticsPage() {
  usePageTitle('Analytics');
  const id = useId();
  const { signedIn, viewer } = useSession();
  const [params, setParams] = useSearchParams();
  const vars = readVars(params);
  const staff = viewer?.role === 'STAFF' || viewer?.role === 'ADMIN';
  const variables = { ...vars, interval: vars.interval as AnalyticsInterval };
  const { data, previousData, loading, error, refetch } = useQuery(AnalyticsPageDocument, { variables, skip: !signedIn || !staff, fetchPolicy: 'cache-and-network' });
  const filters = useQuery(AnalyticsFiltersDocument, { skip: !signedIn || !staff });

  if (!signedIn) return <Navigate to={`/signin?next=${encodeURIComponent(`/analytics${params.size ? `?${params}` : ''}`)}`} replace />;
  if (viewer && !staff) {
    return (
      <section>
        <h1>Analytics</h1>
        <p>Analytics are for the company’s staff.</p>
      </section>
    );
  }

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const get = (k: string) => String(form.get(k) ?? '');
    let from = get('from') || vars.from;
    let to = get('to') || vars.to;
    if (to < from) [from, to] = [to, from];
    setParams(toParams({ from, to, interval: get('interval') || 'DAY', categoryId: get('category') || undefined, teamId: get('team') || undefined }));
  };
  const preset = (days: number, interval: string) => {
    const to = isoDay(new Date());
    return `/analytics?${toParams({ ...vars, from: addDays(to, -(days - 1)), to, interval })}`;
  };

  const report = (data ?? previousData)?.analytics;
  const gaps = (data ?? previousData)?.topNoResultQueries ?? [];
  const t = report?.totals;
  const points: ChartPoint[] = report?.series.map((p) => ({
    ...p,
    solved: p.solvedByCommunity + p.solvedByStaff,
    firstAnswerHours: hours(p.medianTimeToFirstAnswerSeconds),
    acceptedAnswerHours: hours(p.medianTimeToAcceptedAnswerSeconds),
  })) ?? [];
  const interval = report?.interval ?? vars.interval;
  const quiet = t && t.questions === 0 && t.casesOpened === 0 && t.searches === 0 && t.activeMembers === 0;
  const range = `${periodLabel(vars.from, 'DAY')} ${vars.from.slice(0, 4)} – ${periodLabel(vars.to, 'DAY')} ${vars.to.slice(0, 4)}`;

  return (
    <section aria-labelledby="analytics-title" className="analytics">
      <div className="page-head">
        <div>
          <h1 id="analytics-title">Analytics</h1>
          <p className="meta">
            {range}, {INTERVALS.find(([v]) => v === vars.interval)?.[1].toLowerCase()}
            {report && `, days in ${report.timeZone} time`}
          </p>
        </div>
      </div>
      <form key={params.toString()} className="filters card" onSubmit={onFilter} aria-label="Report range and filters">
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} type="date" name="from" defaultValue={vars.from} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} type="date" name="to" defaultValue={vars.to} required />
        </div>
        <SelectField id={`${id}-interval`} name="interval" label="Interval" defaultValue={vars.interval} options={INTERVALS} />
        <SelectField id={`${id}-category`} name="category" label="Category" defaultValue={vars.categoryId ?? ''} any="All categories" options={filters.data?.categories.map((c) => [c.id, c.name] as const)} />
        <SelectField id={`${id}-team`} name="team" label="Team" defaultValue={vars.teamId ?? ''} any="All teams" options={filters.data?.webcareTeams.map((team) => [team.id, team.name] as const)} />
        <div className="filter-actions">
          <button type="submit" className="button">
            Show figures
          </button>
        </div>
      </form>
      <nav aria-label="Quick ranges" className="tab-links presets">
        {PRESETS.map(([label, days, iv]) => (
          <Link key={label} to={preset(days, iv)}>
            {label}
          </Link>
        ))}
      </nav>

      {loading && !report ? (
        <Loading label="Working out the figures…" />
      ) : error && !report ? (
        <ErrorNotice error={error} title="The figures could not be loaded" retry={() => void refetch()} />
      ) : report && t ? (
        <div aria-busy={loading} className="analytics-body">
          {error && <ErrorNotice error={error} title="The figures could not be updated" retry={() => void refetch()} />}
          {quiet && (
            <EmptyState title="Nothing happened in this period.">
              <p>Choose a longer range, or another category or team.</p>
            </EmptyState>
          )}
          <dl className="headlines" aria-label="Headline figures">
            <Headline testId="headline-community" label="Solved by the community" value={percent(t.communityShare)} detail={`${count(t.solvedByCommunity)} of ${count(t.solvedByCommunity + t.solvedByStaff)} solved questions`} />
            <Headline testId="headline-window" label="Answered within 4 hours" value={percent(t.answeredInWindowShare)} detail={`of ${count(t.questions)} questions asked`} />
            <Headline testId="headline-first-answer" label="Median time to first answer" value={duration(t.medianTimeToFirstAnswerSeconds)} detail={`90% within ${duration(t.p90TimeToFirstAnswerSeconds)}`} />
            <Headline testId="headline-sla" label="SLA compliance" value={percent(t.slaCompliance)} detail={`${plural(t.firstResponseBreaches + t.resolutionBreaches, 'breach', 'breaches')}, ${plural(t.casesOpened, 'case', 'cases')} opened`} />
            <Headline testId="headline-satisfaction" label="Satisfaction" value={rating(t.averageRating)} detail={`${percent(t.satisfiedShare)} rated 4 or 5`} />
          </dl>
          <dl className="headlines headlines-small" aria-label="More figures">
            <Headline testId="figure-active" label="Active members" value={count(t.activeMembers)} detail={`${count(t.newMembers)} new`} />
            <Headline testId="figure-accepted" label="Median time to accepted answer" value={duration(t.medianTimeToAcceptedAnswerSeconds)} />
            <Headline testId="figure-experts" label="Expert answers" value={count(t.expertAnswers)} detail={t.expertAnswers ? `${percent(t.expertAcceptanceRate)} accepted` : undefined} />
            <Headline testId="figure-backlog" label="Open cases at the end" value={count(t.backlog)} />
            <Headline testId="figure-deflection" label="Asks abandoned after a suggestion" value={count(t.asksAbandoned)} detail={`${count(t.suggestionsOpened)} of ${count(t.suggestionsShown)} suggestions opened`} />
          </dl>

          <section className="analytics-section" aria-labelledby={`${id}-community`}>
            <div className="section-head">
              <h2 id={`${id}-community`}>Community</h2>
              <CsvButton table="SERIES" vars={vars} label="the figures per period" />
            </div>
            <div className="chart-grid">
              <TrendChart
                title="Questions, answers and solutions"
                points={points}
                interval={interval}
                lines={[
                  { key: 'questions', label: 'Asked', colour: 'blue' },
                  { key: 'answered', label: 'First answered', colour: 'purple', dashed: true },
                  { key: 'solved', label: 'Solved', colour: 'green' },
                ]}
              />
              <SolvedBars points={points} interval={interval} />
              <TrendChart
                title="Response times"
                caption="Medians over the questions asked in each period, in hours."
                points={points}
                interval={interval}
                unit=" h"
                format={(v) => (v === null ? '—' : `${v} h`)}
                lines={[
                  { key: 'firstAnswerHours', label: 'To first answer', colour: 'blue' },
                  { key: 'acceptedAnswerHours', label: 'To accepted answer', colour: 'orange', dashed: true },
                ]}
              />
              <TrendChart
                title="Webcare cases"
                caption="Cases opened per period, and open cases at its end."
                points={points}
                interval={interval}
                lines={[
                  { key: 'casesOpened', label: 'Opened', colour: 'orange' },
                  { key: 'backlog', label: 'Open at the end', colour: 'grey', dashed: true },
                ]}
              />
            </div>
          </section>

          <section className="analytics-section" aria-labelledby={`${id}-sla`}>
            <div className="section-head">
              <h2 id={`${id}-sla`}>SLA compliance per team</h2>
              <CsvButton table="TEAMS" vars={vars} label="the figures per team" />
            </div>
            {report.byTeam.length ? (
              <>
                <ul className="gauges" aria-label="SLA compliance per team">
                  {report.byTeam.map((team) => (
                    <SlaGauge key={team.key} name={team.label} share={team.slaCompliance} cases={team.casesOpened} />
                  ))}
                </ul>
                <div className="table-wrap" tabIndex={0} role="region" aria-label="Webcare figures per team">
                  <BreakdownTable by="TEAM" rows={report.byTeam} first="Team" />
                </div>
              </>
            ) : (
              <p className="empty-title card">No webcare cases in this period.</p>
            )}
          </section>

          <TableSection title="Agents" csv={<CsvButton table="AGENTS" vars={vars} label="the figures per agent" />} empty={report.byAgent.length ? null : 'No webcare cases in this period.'} caption="Cases count for the agent they are assigned to.">
            <BreakdownTable by="AGENT" rows={report.byAgent} first="Agent" />
          </TableSection>

          <TableSection
            title="Recurring problems"
            csv={<CsvButton table="RECURRING_PROBLEMS" vars={vars} label="the recurring problems" />}
            caption="Threads that ask the same thing, by members hit (askers, followers, members who voted them up) compared with the period before."
            empty={report.recurringProblems.length ? null : 'No problem came up more than once in this period.'}
          >
            <ProblemsTable rows={report.recurringProblems} onChanged={() => void refetch()} />
          </TableSection>

          <TableSection
            title="Searches that found nothing"
            csv={<CsvButton table="NO_RESULT_QUERIES" vars={vars} label="the searches that found nothing" />}
            caption={`${count(t.noResultSearches)} of ${count(t.searches)} searches found nothing: the knowledge gaps.`}
            empty={gaps.length ? null : 'Every search found something in this period.'}
          >
            <table className="log-table figures-table">
              <thead>
                <tr>
                  <th scope="col">Search</th>
                  <th scope="col">Times</th>
                  <th scope="col">Last</th>
                </tr>
              </thead>
              <tbody>
                {gaps.map((g) => (
                  <tr key={g.query}>
                    <th scope="row">
                      <Link to={`/search?q=${encodeURIComponent(g.query)}`}>{g.query}</Link>
                    </th>
                    <td>{count(g.count)}</td>
                    <td>{periodLabel(g.lastSearchedAt.slice(0, 10), 'DAY')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableSection>

          <TableSection
            title="Top contributors"
            csv={<CsvButton table="TOP_CONTRIBUTORS" vars={vars} label="the top contributors" />}
            caption="Members by reputation gained in the period."
            empty={report.topContributors.length ? null : 'No member contributed in this period.'}
          >
            <table className="log-table figures-table">
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Reputation gained</th>
                  <th scope="col">Accepted answers</th>
                  <th scope="col">Answers</th>
                </tr>
              </thead>
              <tbody>
                {report.topContributors.map((c) => (
                  <tr key={c.memberId}>
                    <th scope="row">
                      <Link to={`/members/${c.memberId}`}>{c.displayName}</Link>
                    </th>
                    <td>{count(c.reputationGained)}</td>
                    <td>{count(c.acceptedAnswers)}</td>
                    <td>{count(c.answers)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableSection>
        </div>
      ) : null}
    </section>
  );
}
