import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { FormError } from '../../components/form';
import { ErrorNotice, Loading } from '../../components/status';
import { graphql } from '../../gql';
import type { AdminReputationRulesQuery } from '../../gql/graphql';
import { fieldMessage, toProblem, type ApiProblem } from '../../lib/api-errors';
import { usePageTitle } from '../../lib/use-page-title';
import { AdminNav } from './admin-nav';
import { AdminOnly } from './admin-only';

const AdminReputationRulesDocument = graphql(`
  query AdminReputationRules {
    reputationRules {
      dailyVoteCap
      points {
        questionUpvoted
        answerUpvoted
        answerAccepted
        acceptorBonus
        postDownvoted
        downvoterPenalty
        expertAnswerAccepted
      }
      privileges {
        ask
        answer
        commentOwn
        commentAnywhere
        voteUp
        flag
        voteDown
        createTag
        editOthers
        voteClose
      }
    }
  }
`);

const UpdateReputationRulesDocument = graphql(`
  mutation UpdateReputationRules($input: UpdateReputationRulesInput!) {
    updateReputationRules(input: $input) {
      dailyVoteCap
      points {
        questionUpvoted
        answerUpvoted
        answerAccepted
        acceptorBonus
        postDownvoted
        downvoterPenalty
        expertAnswerAccepted
      }
      privileges {
        ask
        answer
        commentOwn
        commentAnywhere
        voteUp
        flag
        voteDown
        createTag
        editOthers
        voteClose
      }
    }
  }
`);

type Rules = AdminReputationRulesQuery['reputationRules'];
type PointKey = keyof Omit<Rules['points'], '__typename'>;
type PrivilegeKey = keyof Omit<Rules['privileges'], '__typename'>;

const POINTS: Array<[PointKey, string]> = [
  ['questionUpvoted', 'Question upvoted (to the author)'],
  ['answerUpvoted', 'Answer upvoted (to the author)'],
  ['answerAccepted', 'Answer accepted (to the author)'],
  ['expertAnswerAccepted', 'Expert answer accepted (extra)'],
  ['acceptorBonus', 'Accepting an answer (to the asker)'],
  ['postDownvoted', 'Post downvoted (to the author)'],
  ['downvoterPenalty', 'Downvoting an answer (to the voter)'],
];

const PRIVILEGES: Array<[PrivilegeKey, string]> = [
  ['ask', 'Ask'],
  ['answer', 'Answer'],
  ['commentOwn', 'Comment on own posts'],
  ['voteUp', 'Vote up'],
  ['flag', 'Flag'],
  ['commentAnywhere', 'Comment anywhere'],
  ['voteDown', 'Vote down'],
  ['createTag', 'Create tags'],
  ['editOthers', 'Edit others’ posts'],
  ['voteClose', 'Vote to close or reopen'],
];

function NumberField({ name, label, value, onChange, problem, min }: { name: string; label: string; value: number; onChange(v: number): void; problem: ApiProblem | null; min?: number }) {
  const id = useId();
  const messages = problem?.fields[name] ?? [];
  return (
    <div className={`field field-number${messages.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        value={Number.isNaN(value) ? '' : value}
        min={min}
        step={1}
        onChange={(e) => onChange(e.target.valueAsNumber)}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={messages.length ? `${id}-error` : undefined}
      />
      {messages.length > 0 && (
        <ul className="field-error" id={`${id}-error`}>
          {messages.map((m) => (
            <li key={m}>{fieldMessage(name, label, m)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RulesForm({ rules }: { rules: Rules }) {
  const id = useId();
  const [cap, setCap] = useState(rules.dailyVoteCap);
  const [points, setPoints] = useState<Record<PointKey, number>>(() => Object.fromEntries(POINTS.map(([k]) => [k, rules.points[k]])) as Record<PointKey, number>);
  const [privileges, setPrivileges] = useState<Record<PrivilegeKey, number>>(() => Object.fromEntries(PRIVILEGES.map(([k]) => [k, rules.privileges[k]])) as Record<PrivilegeKey, number>);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateReputationRulesDocument, { refetchQueries: ['ViewerScope'] });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    // An emptied number box would be sent as null; say so at the box instead.
    const empty: Record<string, string[]> = {};
    if (!Number.isInteger(cap)) empty.dailyVoteCap = ['enter a whole number'];
    for (const [k] of POINTS) if (!Number.isInteger(points[k])) empty[`points.${k}`] = ['enter a whole number'];
    for (const [k] of PRIVILEGES) if (!Number.isInteger(privileges[k])) empty[`privileges.${k}`] = ['enter a whole number'];
    if (Object.keys(empty).length) return setProblem({ code: 'BAD_USER_INPUT', message: 'Some fields need attention', fields: empty });
    try {
      await update({ variables: { input: { dailyVoteCap: cap, points, privileges } } });
      setSaved(true);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Reputation rules
      </h2>
      <FormError problem={problem} />
      <fieldset className="card number-grid">
        <legend>Points per event</legend>
        <p className="field-hint">Negative numbers take points away. Changes apply to new events; past events keep their points.</p>
        {POINTS.map(([key, label]) => (
          <NumberField key={key} name={`points.${key}`} label={label} value={points[key]} problem={problem} onChange={(v) => setPoints({ ...points, [key]: v })} />
        ))}
        <NumberField name="dailyVoteCap" label="Most points from votes per member per day" value={cap} min={0} problem={problem} onChange={setCap} />
      </fieldset>
      <fieldset className="card number-grid">
        <legend>Reputation needed for each privilege</legend>
        {PRIVILEGES.map(([key, label]) => (
          <NumberField key={key} name={`privileges.${key}`} label={label} value={privileges[key]} min={1} problem={problem} onChange={(v) => setPrivileges({ ...privileges, [key]: v })} />
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Saving…' : 'Save rules'}
        </button>
        <span role="status" className="meta">
          {saved ? 'The rules are saved.' : ''}
        </span>
      </div>
    </form>
  );
}

export function AdminReputationPage() {
  usePageTitle('Reputation rules · Admin');
  const { data, loading, error, refetch } = useQuery(AdminReputationRulesDocument, { fetchPolicy: 'network-only' });
  return (
    <AdminOnly>
      <section>
        <h1>Admin</h1>
        <AdminNav />
        {loading && !data ? <Loading label="Loading the rules…" /> : error && !data ? <ErrorNotice error={error} retry={() => void refetch()} /> : data && <RulesForm rules={data.reputationRules} />}
      </section>
    </AdminOnly>
  );
}
