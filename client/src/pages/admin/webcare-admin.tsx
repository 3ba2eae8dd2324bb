import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormError, TextField } from '../../components/form';
import { ErrorNotice, Loading } from '../../components/status';
import { graphql } from '../../gql';
import type { CasePriority, WebcareAdminQuery } from '../../gql/graphql';
import { describeProblem, sentence, toProblem, type ApiProblem } from '../../lib/api-errors';
import { PRIORITY_LABELS } from '../../lib/sla';
import { isUuid } from '../../lib/thread-ref';
import { usePageTitle } from '../../lib/use-page-title';
import { AdminNav } from './admin-nav';
import { AdminOnly } from './admin-only';

const WebcareAdminDocument = graphql(`
  query WebcareAdmin {
    categories {
      id
      name
    }
    webcareTeams {
      id
      name
      description
      members {
        id
        displayName
      }
    }
    slaPolicies {
      id
      name
      communityWindowSeconds
      resolutionWindowSeconds
      complaintWindowSeconds
      targets {
        priority
        firstResponseSeconds
        resolutionSeconds
      }
    }
    categoryRoutings {
      categoryId
      complaintThreshold
      team {
        id
      }
      policy {
        id
      }
    }
  }
`);

const CreateWebcareTeamDocument = graphql(`
  mutation CreateWebcareTeam($input: CreateTeamInput!) {
    createWebcareTeam(input: $input) {
      id
    }
  }
`);
const UpdateWebcareTeamDocument = graphql(`
  mutation UpdateWebcareTeam($input: UpdateTeamInput!) {
    updateWebcareTeam(input: $input) {
      id
      members {
        id
        displayName
      }
    }
  }
`);
const SaveSlaPolicyDocument = graphql(`
  mutation SaveSlaPolicy($input: SlaPolicyInput!) {
    saveSlaPolicy(input: $input) {
      id
    }
  }
`);
const SetCategoryRoutingDocument = graphql(`
  mutation SetCategoryRouting($input: SetCategoryRoutingInput!) {
    setCategoryRouting(input: $input) {
      categoryId
    }
  }
`);
const TeamMemberLookupDocument = graphql(`
  query TeamMemberLookup($id: ID!) {
    user(id: $id) {
      id
      displayName
      role
    }
  }
`);

type Data = WebcareAdminQuery;
type Team = Data['webcareTeams'][number];
type Policy = Data['slaPolicies'][number];

const REFRESH = { refetchQueries: ['WebcareAdmin'], awaitRefetchQueries: true };
const PRIORITIES: CasePriority[] = ['P1', 'P2', 'P3', 'P4'];

function Problem({ problem }: { problem: ApiProblem | null }) {
  return problem ? (
    <p className="field-error" role="alert">
      {describeProblem(problem)}
    </p>
  ) : null;
}

function TeamCard({ team }: { team: Team }) {
  const id = useId();
  const client = useApolloClient();
  const [who, setWho] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [update, { loading }] = useMutation(UpdateWebcareTeamDocument, REFRESH);
  const save = async (memberIds: string[]) => {
    setProblem(null);
    try {
      await update({ variables: { input: { id: team.id, memberIds } } });
      setWho('');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  // A colleague is named by their profile link (…/members/<id>) or id: there is no member directory.
  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const userId = /members\/([0-9a-f-]{36})/i.exec(who)?.[1] ?? who.trim();
    if (!isUuid(userId)) return setProblem({ code: 'BAD_USER_INPUT_LOCAL', message: 'Paste the colleague’s profile link.', fields: {} });
    try {
      const { data } = await client.query({ query: TeamMemberLookupDocument, variables: { id: userId } });
      if (data?.user.role === 'MEMBER') return setProblem({ code: 'BAD_USER_INPUT_LOCAL', message: `${data.user.displayName} is not staff; make them staff on their profile first.`, fields: {} });
      await save([...team.members.map((m) => m.id), userId]);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <li className="admin-row">
      <p className="admin-row-title">{team.name}</p>
      {team.description && <p className="meta">{team.description}</p>}
      <ul className="member-chips" aria-label={`Members of ${team.name}`}>
        {team.members.map((m) => (
          <li key={m.id} className="tag">
            <Link to={`/members/${m.id}`}>{m.displayName}</Link>
            <button type="button" className="tag-remove" disabled={loading} onClick={() => void save(team.members.filter((x) => x.id !== m.id).map((x) => x.id))} aria-label={`Remove ${m.displayName} from ${team.name}`}>
              ×
            </button>
          </li>
        ))}
        {!team.members.length && <li className="meta">No members yet.</li>}
      </ul>
      <form className="inline-form" onSubmit={onAdd} noValidate>
        <div className="field">
          <label htmlFor={`${id}-who`}>Add a colleague to {team.name}</label>
          <input id={`${id}-who`} value={who} onChange={(e) => setWho(e.target.value)} placeholder="Profile link" />
        </div>
        <button type="submit" className="button button-small button-secondary" disabled={loading || !who.trim()}>
          Add
        </button>
      </form>
      <Problem problem={problem?.code === 'BAD_USER_INPUT_LOCAL' ? null : problem} />
      {problem?.code === 'BAD_USER_INPUT_LOCAL' && (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      )}
    </li>
  );
}

function Teams({ teams }: { teams: Team[] }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [create, { loading }] = useMutation(CreateWebcareTeamDocument, REFRESH);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      await create({ variables: { input: { name, description } } });
      setName('');
      setDescription('');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <section className="card" aria-labelledby="teams-title">
      <h2 id="teams-title">Teams</h2>
      {teams.length ? (
        <ul className="admin-list">
          {teams.map((t) => (
            <TeamCard key={t.id} team={t} />
          ))}
        </ul>
      ) : (
        <p className="meta">No teams yet: every case goes to the shared queue.</p>
      )}
      <form className="form new-team" onSubmit={onSubmit} noValidate aria-label="New team">
        <h3>New team</h3>
        <FormError problem={problem} />
        <TextField name="name" label="Team name" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required problem={problem} />
        <TextField name="description" label="What the team handles" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={500} problem={problem} />
        <div className="form-actions">
          <button type="submit" className="button button-small" disabled={loading}>
            Create team
          </button>
        </div>
      </form>
    </section>
  );
}

// Windows in minutes and targets in minutes: what people plan in; the API counts seconds.
// The API words its rules in field names; say them with the labels of this form.
function targetMessage(message: string): string {
  if (message === 'must not exceed resolutionSeconds') return 'Must not be longer than the resolution time.';
  const next = /^must not exceed (P[1-4])'s$/.exec(message);
  if (next) return `Must not be longer than for ${PRIORITY_LABELS[next[1]]}.`;
  return sentence(message);
}

// A new policy starts from `base` (the built-in default), an existing one from itself.
function PolicyForm({ policy, base, onDone }: { policy?: Policy; base: Policy; onDone?(): void }) {
  const id = useId();
  const start = policy ?? base;
  const byPriority = (p: CasePriority) => start.targets.find((t) => t.priority === p);
  const [name, setName] = useState(policy?.name ?? '');
  const [windows, setWindows] = useState({
    community: start.communityWindowSeconds / 60,
    resolution: start.resolutionWindowSeconds / 60,
    complaint: start.complaintWindowSeconds / 60,
  });
  const [targets, setTargets] = useState(() =>
    Object.fromEntries(PRIORITIES.map((p) => [p, { first: (byPriority(p)?.firstResponseSeconds ?? 0) / 60, resolution: (byPriority(p)?.resolutionSeconds ?? 0) / 60 }])) as Record<CasePriority, { first: number; resolution: number }>,
  );
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SaveSlaPolicyDocument, REFRESH);
  const builtIn = !!policy && policy.id === null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    const numbers = [windows.community, windows.resolution, windows.complaint, ...PRIORITIES.flatMap((p) => [targets[p].first, targets[p].resolution])];
    if (numbers.some((n) => !Number.isFinite(n) || n <= 0)) return setProblem({ code: 'BAD_USER_INPUT_LOCAL', message: 'Every time must be a positive number of minutes.', fields: {} });
    try {
      await save({
        variables: {
          input: {
            id: policy?.id ?? undefined,
            name,
            communityWindowSeconds: Math.round(windows.community * 60),
            resolutionWindowSeconds: Math.round(windows.resolution * 60),
            complaintWindowSeconds: Math.round(windows.complaint * 60),
            targets: PRIORITIES.map((p) => ({ priority: p, firstResponseSeconds: Math.round(targets[p].first * 60), resolutionSeconds: Math.round(targets[p].resolution * 60) })),
          },
        },
      });
      setSaved(true);
      onDone?.();
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  // `field` is the API's name for the value, so its messages show at the right box.
  const num = (label: string, value: number, set: (v: number) => void, key: string, field: string) => {
    const messages = problem?.fields[field] ?? [];
    return (
      <div className={`field field-number${messages.length ? ' field-invalid' : ''}`} key={key}>
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <input
          id={`${id}-${key}`}
          type="number"
          min={1}
          step={1}
          value={Number.isNaN(value) ? '' : value}
          disabled={builtIn}
          onChange={(e) => set(e.target.valueAsNumber)}
          aria-invalid={messages.length ? true : undefined}
          aria-describedby={messages.length ? `${id}-${key}-error` : undefined}
        />
        {messages.length > 0 && (
          <p className="field-error" id={`${id}-${key}-error`}>
            {messages.map(targetMessage).join(' ')}
          </p>
        )}
      </div>
    );
  };
  return (
    <form className="form policy-form" onSubmit={onSubmit} noValidate aria-label={policy ? `Policy ${policy.name}` : 'New SLA policy'}>
      {problem?.code === 'BAD_USER_INPUT_LOCAL' ? (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      ) : (
        <FormError problem={problem} />
      )}
      {!builtIn && <TextField name="name" label="Policy name" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required problem={problem} />}
      <fieldset className="number-grid">
        <legend>Escalate after (minutes)</legend>
        {num('No answer', windows.community, (v) => setWindows({ ...windows, community: v }), 'community', 'communityWindowSeconds')}
        {num('No accepted answer', windows.resolution, (v) => setWindows({ ...windows, resolution: v }), 'resolution', 'resolutionWindowSeconds')}
        {num('Unanswered complaint', windows.complaint, (v) => setWindows({ ...windows, complaint: v }), 'complaint', 'complaintWindowSeconds')}
      </fieldset>
      <fieldset className="number-grid">
        <legend>Targets (minutes)</legend>
        {PRIORITIES.flatMap((p) => [
          num(`${PRIORITY_LABELS[p]}: first response`, targets[p].first, (v) => setTargets({ ...targets, [p]: { ...targets[p], first: v } }), `${p}-first`, `priorities.${p}.firstResponseSeconds`),
          num(`${PRIORITY_LABELS[p]}: resolution`, targets[p].resolution, (v) => setTargets({ ...targets, [p]: { ...targets[p], resolution: v } }), `${p}-resolution`, `priorities.${p}.resolutionSeconds`),
        ])}
      </fieldset>
      {builtIn ? (
        <p className="meta">The built-in default applies to categories without a policy; add a policy to change the times.</p>
      ) : (
        <div className="form-actions">
          <button type="submit" className="button button-small" disabled={loading}>
            {policy ? 'Save policy' : 'Create policy'}
          </button>
          <span className="meta" role="status">
            {saved ? 'Saved.' : ''}
          </span>
        </div>
      )}
    </form>
  );
}

function Policies({ policies }: { policies: Policy[] }) {
  const [adding, setAdding] = useState(false);
  // The API lists the built-in default first.
  const base = policies.find((p) => p.id === null) ?? policies[0];
  return (
    <section className="card" aria-labelledby="policies-title">
      <h2 id="policies-title">SLA policies</h2>
      {policies.map((p) => (
        <details key={p.id ?? 'default'} className="policy">
          <summary>{p.id === null ? `${p.name} (built in)` : p.name}</summary>
          <PolicyForm policy={p} base={base} />
        </details>
      ))}
      {adding ? (
        <>
          <h3>New policy</h3>
          <PolicyForm base={base} onDone={() => setAdding(false)} />
        </>
      ) : (
        <button type="button" className="button button-small button-secondary" onClick={() => setAdding(true)}>
          Add a policy
        </button>
      )}
    </section>
  );
}

function RoutingRow({ data, categoryId, name }: { data: Data; categoryId: string; name: string }) {
  const id = useId();
  const current = data.categoryRoutings.find((r) => r.categoryId === categoryId);
  const [teamId, setTeamId] = useState(current?.team?.id ?? '');
  const [policyId, setPolicyId] = useState(current?.policy.id ?? '');
  const [threshold, setThreshold] = useState(current?.complaintThreshold ?? 0.5);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetCategoryRoutingDocument, REFRESH);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    try {
      await save({ variables: { input: { categoryId, teamId: teamId || null, policyId: policyId || null, complaintThreshold: threshold } } });
      setSaved(true);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <li className="admin-row">
      <form className="routing-form" onSubmit={onSubmit} noValidate aria-label={`Routing of ${name}`}>
        <p className="admin-row-title">{name}</p>
        <div className="field">
          <label htmlFor={`${id}-team`}>Team</label>
          <select id={`${id}-team`} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">Shared queue</option>
            {data.webcareTeams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-policy`}>Policy</label>
          <select id={`${id}-policy`} value={policyId} onChange={(e) => setPolicyId(e.target.value)}>
            {data.slaPolicies.map((p) => (
              <option key={p.id ?? 'default'} value={p.id ?? ''}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-number">
          <label htmlFor={`${id}-threshold`}>Complaint score from</label>
          <input id={`${id}-threshold`} type="number" min={0.05} max={1} step={0.05} value={threshold} onChange={(e) => setThreshold(e.target.valueAsNumber)} />
        </div>
        <button type="submit" className="button button-small button-secondary" disabled={loading}>
          Save<span className="visually-hidden"> routing of {name}</span>
        </button>
        <span className="meta" role="status">
          {saved ? 'Saved.' : ''}
        </span>
      </form>
      <Problem problem={problem} />
    </li>
  );
}

export function AdminWebcarePage() {
  usePageTitle('Webcare · Admin');
  const { data, loading, error, refetch } = useQuery(WebcareAdminDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <AdminOnly>
      <section>
        <h1>Admin</h1>
        <AdminNav />
        {loading && !data ? (
          <Loading label="Loading webcare settings…" />
        ) : !data ? (
          <ErrorNotice error={error} retry={() => void refetch()} />
        ) : (
          <>
            <div className="admin-columns">
              <Teams teams={data.webcareTeams} />
              <Policies policies={data.slaPolicies} />
            </div>
            <section className="card" aria-labelledby="routing-title">
              <h2 id="routing-title">Category routing</h2>
              <p className="meta">Which team gets a category’s escalations, under which policy, and from which complaint score a post counts as a complaint.</p>
              <ul className="admin-list">
                {data.categories.map((c) => (
                  <RoutingRow key={c.id} data={data} categoryId={c.id} name={c.name} />
                ))}
              </ul>
            </section>
          </>
        )}
      </section>
    </AdminOnly>
  );
}
