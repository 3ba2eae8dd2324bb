import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { FormError, TextField } from '../../components/form';
import { EmptyState, ErrorNotice, Loading } from '../../components/status';
import { graphql } from '../../gql';
import { describeProblem, fieldMessage, toProblem, type ApiProblem } from '../../lib/api-errors';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../../session/session-context';

const SavedRepliesTeamsDocument = graphql(`
  query SavedRepliesTeams {
    webcareTeams {
      id
      name
    }
  }
`);

const TeamSavedRepliesDocument = graphql(`
  query TeamSavedReplies($teamId: ID!) {
    savedReplies(teamId: $teamId) {
      id
      title
      body
      updatedAt
    }
  }
`);

const CreateSavedReplyDocument = graphql(`
  mutation CreateSavedReply($input: CreateSavedReplyInput!) {
    createSavedReply(input: $input) {
      id
    }
  }
`);

const UpdateSavedReplyDocument = graphql(`
  mutation UpdateSavedReply($input: UpdateSavedReplyInput!) {
    updateSavedReply(input: $input) {
      id
      title
      body
    }
  }
`);

const DeleteSavedReplyDocument = graphql(`
  mutation DeleteSavedReply($id: ID!) {
    deleteSavedReply(id: $id)
  }
`);

const REFRESH = { refetchQueries: ['TeamSavedReplies', 'SavedReplies'], awaitRefetchQueries: true };
const PLACEHOLDERS = '{{member.name}}, {{thread.title}}, {{category.name}}, {{agent.name}}';

function ReplyForm({ teamId, reply, onDone }: { teamId: string; reply?: { id: string; title: string; body: string }; onDone(): void }) {
  const id = useId();
  const [title, setTitle] = useState(reply?.title ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [create, c] = useMutation(CreateSavedReplyDocument, REFRESH);
  const [update, u] = useMutation(UpdateSavedReplyDocument, REFRESH);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      if (reply) await update({ variables: { input: { id: reply.id, title, body } } });
      else await create({ variables: { input: { teamId, title, body } } });
      setTitle('');
      setBody('');
      onDone();
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const errors = problem?.fields.body ?? [];
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={reply ? `Edit ${reply.title}` : 'New saved reply'}>
      <FormError problem={problem} />
      <TextField name="title" label="Title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} required problem={problem} />
      <div className={`field${errors.length ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-body`}>Text</label>
        <p className="field-hint" id={`${id}-hint`}>
          Placeholders: {PLACEHOLDERS}
        </p>
        <textarea id={`${id}-body`} rows={5} maxLength={10000} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby={`${id}-hint`} aria-invalid={errors.length ? true : undefined} />
        {errors.map((m) => (
          <p key={m} className="field-error">
            {fieldMessage('body', 'Text', m)}
          </p>
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={c.loading || u.loading}>
          {reply ? 'Save' : 'Add saved reply'}
        </button>
      </div>
    </form>
  );
}

function TeamReplies({ teamId }: { teamId: string }) {
  const { data, loading, error, refetch } = useQuery(TeamSavedRepliesDocument, { variables: { teamId } });
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [remove] = useMutation(DeleteSavedReplyDocument, REFRESH);
  if (loading && !data) return <Loading label="Loading saved replies…" />;
  if (!data) return <ErrorNotice error={error} retry={() => void refetch()} />;
  return (
    <div className="admin-columns">
      <section className="card" aria-label="Saved replies">
        {data.savedReplies.length ? (
          <ul className="admin-list">
            {data.savedReplies.map((r) => (
              <li key={r.id} className="admin-row">
                {editing === r.id ? (
                  <ReplyForm teamId={teamId} reply={r} onDone={() => setEditing(null)} />
                ) : (
                  <>
                    <p className="admin-row-title">{r.title}</p>
                    <p className="note-body">{r.body}</p>
                    <div className="admin-row-actions">
                      <button type="button" className="button button-small button-secondary" onClick={() => setEditing(r.id)}>
                        Edit<span className="visually-hidden"> {r.title}</span>
                      </button>
                      <button
                        type="button"
                        className="button button-small button-secondary"
                        onClick={() => {
                          setProblem(null);
                          remove({ variables: { id: r.id } }).catch((err: unknown) => setProblem(toProblem(err)));
                        }}
                      >
                        Delete<span className="visually-hidden"> {r.title}</span>
                      </button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No saved replies for this team yet." />
        )}
        {problem && (
          <p className="field-error" role="alert">
            {describeProblem(problem)}
          </p>
        )}
      </section>
      <section className="card" aria-label="New saved reply">
        <h2>New saved reply</h2>
        <ReplyForm teamId={teamId} onDone={() => undefined} />
      </section>
    </div>
  );
}

export function SavedRepliesPage() {
  usePageTitle('Saved replies');
  const { signedIn } = useSession();
  const [params] = useSearchParams();
  const teams = useQuery(SavedRepliesTeamsDocument, { skip: !signedIn });
  if (!signedIn) return <Navigate to="/signin?next=%2Fwebcare%2Fsaved-replies" replace />;
  const list = teams.data?.webcareTeams ?? [];
  const teamId = params.get('team') ?? list[0]?.id ?? null;
  return (
    <section>
      <p className="crumbs">
        <Link to="/webcare">Webcare queue</Link>
      </p>
      <h1>Saved replies</h1>
      {teams.loading && !teams.data ? (
        <Loading />
      ) : teams.error && !teams.data ? (
        <ErrorNotice error={teams.error} retry={() => void teams.refetch()} />
      ) : !teamId ? (
        <EmptyState title="Saved replies belong to a team; an admin creates the teams." />
      ) : (
        <>
          <nav aria-label="Teams" className="tab-links">
            {list.map((t) => (
              <Link key={t.id} to={`/webcare/saved-replies?team=${t.id}`} aria-current={t.id === teamId ? 'page' : undefined}>
                {t.name}
              </Link>
            ))}
          </nav>
          <TeamReplies key={teamId} teamId={teamId} />
        </>
      )}
    </section>
  );
}
