import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { FormError, TextField, useFocusFirstInvalid } from '../components/form';
import { MarkdownEditor } from '../components/markdown-editor';
import { ErrorNotice, Loading } from '../components/status';
import { TagPicker } from '../components/tag-picker';
import { graphql } from '../gql';
import { fieldMessage, toProblem, type ApiProblem } from '../lib/api-errors';
import { usePageTitle } from '../lib/use-page-title';
import { useSession } from '../session/session-context';
import { SimilarQuestions, useSuggestionEvents } from './similar-questions';

const AskCategoriesDocument = graphql(`
  query AskCategories {
    categories {
      id
      name
      description
    }
  }
`);

const AskQuestionDocument = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      id
      slug
    }
  }
`);

export function AskPage() {
  usePageTitle('Ask a question');
  const id = useId();
  const { signedIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const categories = useQuery(AskCategoriesDocument);
  const [ask, { loading }] = useMutation(AskQuestionDocument);
  const [categoryId, setCategoryId] = useState(params.get('category') ?? '');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, problem);
  const suggestions = useSuggestionEvents();

  if (!signedIn) return <Navigate to="/signin?next=%2Fask" replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await ask({ variables: { input: { categoryId, title, body, tags } }, refetchQueries: ['Home'] });
      if (data) {
        suggestions.asked(data.askQuestion.id);
        navigate(`/t/${data.askQuestion.slug}`);
      }
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  const categoryErrors = problem?.fields.categoryId ?? [];

  return (
    <section className="ask-page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Ask a question</h1>
      <p className="lead">Say what you tried and what happened. A clear title gets faster answers.</p>
      {categories.loading && !categories.data ? (
        <Loading label="Loading categories…" />
      ) : categories.error && !categories.data ? (
        <ErrorNotice error={categories.error} retry={() => void categories.refetch()} />
      ) : (
        <form ref={formRef} className="form card" onSubmit={onSubmit} noValidate>
          <FormError problem={problem} />
          <div className={`field${categoryErrors.length ? ' field-invalid' : ''}`}>
            <label htmlFor={`${id}-category`}>Category</label>
            <select
              id={`${id}-category`}
              name="categoryId"
              value={categoryId}
              required
              onChange={(e) => setCategoryId(e.target.value)}
              aria-invalid={categoryErrors.length ? true : undefined}
              aria-describedby={categoryErrors.length ? `${id}-category-error` : undefined}
            >
              <option value="">Choose a category</option>
              {categories.data?.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            {categoryErrors.length > 0 && (
              <ul className="field-error" id={`${id}-category-error`}>
                {categoryErrors.map((m) => (
                  <li key={m}>{fieldMessage('categoryId', 'Category', m)}</li>
                ))}
              </ul>
            )}
          </div>
          <TextField
            name="title"
            label="Title"
            hint="15 to 150 characters: the question in one sentence."
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={150}
            required
            problem={problem}
          />
          <SimilarQuestions title={title} events={suggestions} />
          <MarkdownEditor name="body" label="Details" hint="At least 20 characters. Markdown works: **bold**, lists, `code`, links." value={body} onChange={setBody} rows={10} maxLength={30000} required problem={problem} />
          <TagPicker value={tags} onChange={setTags} problem={problem} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={loading}>
              {loading ? 'Posting…' : 'Post your question'}
            </button>
            <Link to="/threads">Cancel</Link>
          </div>
        </form>
      )}
    </section>
  );
}
