import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { FormError, TextField, useFocusFirstInvalid } from '../../components/form';
import { MarkdownEditor } from '../../components/markdown-editor';
import { TagPicker } from '../../components/tag-picker';
import { graphql } from '../../gql';
import { toProblem, type ApiProblem } from '../../lib/api-errors';

const EditQuestionDocument = graphql(`
  mutation EditQuestion($input: EditQuestionInput!) {
    editQuestion(input: $input) {
      id
      title
      body
      bodyHtml
      updatedAt
      tags {
        id
        name
      }
    }
  }
`);

const EditAnswerDocument = graphql(`
  mutation EditAnswer($input: EditAnswerInput!) {
    editAnswer(input: $input) {
      id
      body
      bodyHtml
      updatedAt
    }
  }
`);

function useSubmit(run: () => Promise<unknown>, onDone: () => void) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, problem);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      await run();
      onDone();
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return { problem, formRef, onSubmit };
}

const REASON_HINT = 'Say what you changed and why (3 to 300 characters). It shows in the edit history.';

export function EditQuestionForm({ thread, onDone }: { thread: { id: string; title: string; body: string; tags: Array<{ name: string }> }; onDone(): void }) {
  const [title, setTitle] = useState(thread.title);
  const [body, setBody] = useState(thread.body);
  const [tags, setTags] = useState(thread.tags.map((t) => t.name));
  const [reason, setReason] = useState('');
  const [edit, { loading }] = useMutation(EditQuestionDocument, { refetchQueries: ['ThreadPage'], awaitRefetchQueries: true });
  const { problem, formRef, onSubmit } = useSubmit(() => edit({ variables: { input: { threadId: thread.id, title, body, tags, reason } } }), onDone);
  return (
    <form ref={formRef} className="form edit-form" onSubmit={onSubmit} noValidate aria-label="Edit question">
      <FormError problem={problem} />
      <TextField name="title" label="Title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={150} problem={problem} />
      <MarkdownEditor name="body" label="Details" value={body} onChange={setBody} rows={10} maxLength={30000} problem={problem} />
      <TagPicker value={tags} onChange={setTags} problem={problem} />
      <TextField name="reason" label="Reason for the edit" hint={REASON_HINT} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} required problem={problem} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Saving…' : 'Save edit'}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function EditAnswerForm({ answer, onDone }: { answer: { id: string; body: string }; onDone(): void }) {
  const [body, setBody] = useState(answer.body);
  const [reason, setReason] = useState('');
  const [edit, { loading }] = useMutation(EditAnswerDocument, { refetchQueries: ['ThreadPage'], awaitRefetchQueries: true });
  const { problem, formRef, onSubmit } = useSubmit(() => edit({ variables: { input: { answerId: answer.id, body, reason } } }), onDone);
  return (
    <form ref={formRef} className="form edit-form" onSubmit={onSubmit} noValidate aria-label="Edit answer">
      <FormError problem={problem} />
      <MarkdownEditor name="body" label="Answer" value={body} onChange={setBody} rows={8} maxLength={30000} problem={problem} />
      <TextField name="reason" label="Reason for the edit" hint={REASON_HINT} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} required problem={problem} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Saving…' : 'Save edit'}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
