import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/form';
import { graphql } from '../../gql';
import type { AnalyticsPageQuery, AnalyticsTable } from '../../gql/graphql';
import { count, duration, percent, rating } from '../../lib/analytics-format';
import { describeProblem, fieldMessage, toProblem, type ApiProblem } from '../../lib/api-errors';
import { PRIORITY_LABELS, REASON_LABELS } from '../../lib/sla';
import { Sparkline } from './analytics-charts';

type Report = AnalyticsPageQuery['analytics'];
export type BreakdownRow = Report['byTeam'][number];
type Problem = Report['recurringProblems'][number];

const AnalyticsCsvDocument = graphql(`
  query AnalyticsCsv($table: AnalyticsTable!, $from: Date!, $to: Date!, $interval: AnalyticsInterval, $categoryId: ID, $teamId: ID) {
    analyticsCsv(table: $table, from: $from, to: $to, interval: $interval, categoryId: $categoryId, teamId: $teamId)
  }
`);

const SetKnownIssueDocument = graphql(`
  mutation SetKnownIssue($input: KnownIssueInput!) {
    setKnownIssue(input: $input) {
      id
      knownIssue {
        clusterId
        status
        since
      }
    }
  }
`);

const ClearKnownIssueDocument = graphql(`
  mutation ClearKnownIssue($clusterId: ID!) {
    clearKnownIssue(clusterId: $clusterId) {
      id
      knownIssue {
        status
      }
    }
  }
`);

export interface ReportVars {
  from: string;
  to: string;
  interval: string;
  categoryId?: string;
  teamId?: string;
}

/** Downloads one table of the page as CSV, computed by the server from the same figures. */
export function CsvButton({ table, vars, label }: { table: AnalyticsTable; vars: ReportVars; label: string }) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const onClick = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await client.query({ query: AnalyticsCsvDocument, variables: { ...vars, table, interval: vars.interval as never }, fetchPolicy: 'network-only' });
      const url = URL.createObjectURL(new Blob([data?.analyticsCsv ?? ''], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `peerdesk-${table.toLowerCase().replace(/_/g, '-')}-${vars.from}-${vars.to}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="csv">
      <button type="button" className="button button-small button-secondary" onClick={() => void onClick()} disabled={busy}>
        {busy ? 'Preparing…' : `Download CSV`}
        <span className="visually-hidden"> of {label}</span>
      </button>
      {problem && (
        <span className="field-error" role="alert">
          {describeProblem(problem)}
        </span>
      )}
    </span>
  );
}

/** A titled table section with its CSV button, and an empty state. */
export function TableSection({ title, csv, empty, caption, children }: { title: string; csv: ReactNode; empty: string | null; caption?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="analytics-section" aria-labelledby={id}>
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        {csv}
      </div>
      {caption && <p className="meta">{caption}</p>}
      {empty ? (
        <p className="empty-title card">{empty}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={title}>
          {children}
        </div>
      )}
    </section>
  );
}

const breakdownLabel = (by: 'TEAM' | 'AGENT' | 'PRIORITY' | 'REASON', r: BreakdownRow) =>
  by === 'PRIORITY' ? PRIORITY_LABELS[r.key] ?? r.key : by === 'REASON' ? REASON_LABELS[r.key] ?? r.label : r.label;

/** Webcare figures per team, agent, priority or reason. */
export function BreakdownTable({ by, rows, first }: { by: 'TEAM' | 'AGENT' | 'PRIORITY' | 'REASON'; rows: BreakdownRow[]; first: string }) {
  return (
    <table className="log-table figures-table">
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">Cases</th>
          <th scope="col">SLA met</th>
          <th scope="col">First response met</th>
          <th scope="col">Resolution met</th>
          <th scope="col">Breaches</th>
          <th scope="col">Median to resolve</th>
          <th scope="col">Transfers per case</th>
          <th scope="col">Rating</th>
          <th scope="col">Rated 4–5</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{by === 'AGENT' && r.key !== '00000000-0000-0000-0000-000000000000' ? <Link to={`/members/${r.key}`}>{r.label}</Link> : breakdownLabel(by, r)}</th>
            <td>{count(r.casesOpened)}</td>
            <td>{percent(r.slaCompliance)}</td>
            <td>{percent(r.slaFirstResponseCompliance)}</td>
            <td>{percent(r.slaResolutionCompliance)}</td>
            <td>{count(r.firstResponseBreaches + r.resolutionBreaches)}</td>
            <td>{duration(r.medianResolutionSeconds)}</td>
            <td>{r.transfersPerCase === null ? '—' : r.transfersPerCase.toFixed(2)}</td>
            <td>{rating(r.averageRating)}</td>
            <td>{percent(r.satisfiedShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Recurring problems: clusters ranked by members hit, with a sparkline and the known-issue action. */
export function ProblemsTable({ rows, onChanged }: { rows: Problem[]; onChanged(): void }) {
  const [editing, setEditing] = useState<Problem | null>(null);
  return (
    <>
      <table className="log-table figures-table problems-table">
        <thead>
          <tr>
            <th scope="col">Problem</th>
            <th scope="col">Members hit</th>
            <th scope="col">Trend</th>
            <th scope="col">Threads</th>
            <th scope="col">Known issue</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.clusterId}>
              <th scope="row">
                <Link to={`/t/${p.threadSlug}`}>{p.title}</Link>
              </th>
              <td>
                {count(p.membersHit)}{' '}
                <span className={p.rising ? 'trend trend-up' : 'trend'}>
                  {p.rising ? `▲ rising (${count(p.previousMembersHit)} before)` : `${count(p.previousMembersHit)} before`}
                </span>
              </td>
              <td>
                <Sparkline values={p.sparkline} />
                <span className="visually-hidden">Members hit per period: {p.sparkline.join(', ')}</span>
              </td>
              <td>
                {count(p.threadCount)} <span className="meta">({count(p.newThreads)} new)</span>
              </td>
              <td>
                {p.knownIssue && <p className="known-issue-status">{p.knownIssue.status}</p>}
                <button type="button" className="button button-small button-secondary" onClick={() => setEditing(p)}>
                  {p.knownIssue ? 'Change status' : 'Mark as known issue'}
                  <span className="visually-hidden"> for {p.title}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Dialog title={editing?.knownIssue ? 'Known issue status' : 'Mark as known issue'} open={!!editing} onClose={() => setEditing(null)}>
        {editing && (
          <KnownIssueForm
            problem={editing}
            onDone={() => {
              setEditing(null);
              onChanged();
            }}
          />
        )}
      </Dialog>
    </>
  );
}

function KnownIssueForm({ problem, onDone }: { problem: Problem; onDone(): void }) {
  const id = useId();
  const [status, setStatus] = useState(problem.knownIssue?.status ?? '');
  const [error, setError] = useState<ApiProblem | null>(null);
  const [save, saving] = useMutation(SetKnownIssueDocument);
  const [clear, clearing] = useMutation(ClearKnownIssueDocument);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      await save({ variables: { input: { clusterId: problem.clusterId, status: status.trim() } } });
      onDone();
    } catch (e) {
      setError(toProblem(e));
    }
  };
  const onClear = async () => {
    setError(null);
    try {
      await clear({ variables: { clusterId: problem.clusterId } });
      onDone();
    } catch (e) {
      setError(toProblem(e));
    }
  };
  const messages = error?.fields.status ?? [];
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Known issue status">
      <p>
        Every thread of “{problem.title}” ({problem.threadCount === 1 ? '1 thread' : `${problem.threadCount} threads`}) will show this status to its readers.
      </p>
      <FormError problem={error && !messages.length ? error : null} />
      <div className={`field${messages.length ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-status`}>Status shown on the threads</label>
        <textarea
          id={`${id}-status`}
          rows={3}
          maxLength={500}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          aria-invalid={messages.length ? true : undefined}
          aria-describedby={messages.length ? `${id}-error` : `${id}-hint`}
        />
        <p className="field-hint" id={`${id}-hint`}>
          Say what is known and what happens next, in 5 to 500 characters.
        </p>
        {messages.length > 0 && (
          <ul className="field-error" id={`${id}-error`}>
            {messages.map((m) => (
              <li key={m}>{fieldMessage('status', 'Status', m)}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving.loading}>
          {saving.loading ? 'Saving…' : 'Save status'}
        </button>
        {problem.knownIssue && (
          <button type="button" className="button button-secondary" onClick={() => void onClear()} disabled={clearing.loading}>
            {clearing.loading ? 'Clearing…' : 'Clear known issue'}
          </button>
        )}
      </div>
    </form>
  );
}
