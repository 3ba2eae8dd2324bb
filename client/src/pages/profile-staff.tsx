import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { FormError, TextField } from '../components/form';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { describeProblem, toProblem, type ApiProblem } from '../lib/api-errors';
import { formatDate, roleName } from '../lib/format';

const SuspendUserDocument = graphql(`
  mutation SuspendUser($input: SuspendMemberInput!) {
    suspendUser(input: $input) {
      id
      suspendedUntil
      suspensionReason
    }
  }
`);

const UnsuspendUserDocument = graphql(`
  mutation UnsuspendUser($userId: ID!) {
    unsuspendUser(userId: $userId) {
      id
      suspendedUntil
      suspensionReason
    }
  }
`);

const SetUserRoleDocument = graphql(`
  mutation SetUserRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      id
      role
    }
  }
`);

const DURATIONS: Array<[number, string]> = [
  [1, '1 day'],
  [3, '3 days'],
  [7, '1 week'],
  [30, '30 days'],
  [365, '1 year'],
];

interface Member {
  id: string;
  displayName: string;
  role: Role;
  suspendedUntil: string | null;
  suspensionReason: string | null;
}

/** Staff: suspend a member for a while, with a reason they are told; or lift a suspension. */
export function SuspensionControls({ user }: { user: Member }) {
  const id = useId();
  const [days, setDays] = useState(7);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [suspend, s] = useMutation(SuspendUserDocument, { refetchQueries: ['Profile'], awaitRefetchQueries: true });
  const [unsuspend, u] = useMutation(UnsuspendUserDocument, { refetchQueries: ['Profile'], awaitRefetchQueries: true });
  const suspended = !!user.suspendedUntil && Date.parse(user.suspendedUntil) > Date.now();

  const onSuspend = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    try {
      const until = new Date(Date.now() + days * 86_400_000).toISOString();
      await suspend({ variables: { input: { userId: user.id, until, reason: reason.trim() } } });
      setReason('');
      setDone(`${user.displayName} is suspended until ${formatDate(until)}.`);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const onLift = async () => {
    setProblem(null);
    setDone(null);
    try {
      await unsuspend({ variables: { userId: user.id } });
      setDone('The suspension is lifted.');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Suspension</h2>
      {suspended ? (
        <>
          <p data-testid="suspension">
            Suspended until {formatDate(user.suspendedUntil!)}
            {user.suspensionReason ? `: ${user.suspensionReason}` : ''}
          </p>
          <button type="button" className="button button-small button-secondary" onClick={() => void onLift()} disabled={u.loading}>
            {u.loading ? 'Lifting…' : 'Lift the suspension'}
          </button>
          {problem && (
            <p className="field-error" role="alert">
              {describeProblem(problem)}
            </p>
          )}
        </>
      ) : (
        <form className="form" onSubmit={onSuspend} noValidate aria-label={`Suspend ${user.displayName}`}>
          <FormError problem={problem} />
          <div className="field">
            <label htmlFor={`${id}-days`}>Suspend for</label>
            <select id={`${id}-days`} value={days} onChange={(e) => setDays(Number(e.target.value))}>
              {DURATIONS.map(([d, label]) => (
                <option key={d} value={d}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <TextField name="reason" label="Reason" hint="The member is told this (3 to 500 characters)." value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required problem={problem} />
          <div className="form-actions">
            <button type="submit" className="button button-small" disabled={s.loading}>
              {s.loading ? 'Suspending…' : 'Suspend'}
            </button>
          </div>
        </form>
      )}
      {done && (
        <p className="meta" role="status">
          {done}
        </p>
      )}
    </section>
  );
}

const ROLES: Role[] = ['MEMBER', 'STAFF', 'ADMIN'];

/** Admins: make a member staff or admin, or take the role back. */
export function RoleControl({ user }: { user: Member }) {
  const id = useId();
  const [role, setRole] = useState<Role>(user.role);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [setUserRole, { loading }] = useMutation(SetUserRoleDocument, { refetchQueries: ['Profile'], awaitRefetchQueries: true });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    try {
      await setUserRole({ variables: { input: { userId: user.id, role } } });
      setDone(`${user.displayName} is now ${roleName(role).toLowerCase()}.`);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <form className="certify" onSubmit={onSubmit} aria-label={`Role of ${user.displayName}`}>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-small" disabled={loading || role === user.role}>
        {loading ? 'Saving…' : 'Change role'}
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {describeProblem(problem)}
        </p>
      )}
      {done && (
        <p className="meta" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
