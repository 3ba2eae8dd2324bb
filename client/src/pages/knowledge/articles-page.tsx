import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { FormError, TextField, useFocusFirstInvalid } from '../../components/form';
import { LoadMore } from '../../components/load-more';
import { MarkdownEditor } from '../../components/markdown-editor';
import { EmptyState, ErrorNotice, Loading } from '../../components/status';
import { TagPicker } from '../../components/tag-picker';
import { TimeAgo } from '../../components/time';
import { graphql } from '../../gql';
import { fieldMessage, toProblem, type ApiProblem } from '../../lib/api-errors';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../../session/session-context';
import { useViewerScope } from '../../session/viewer-scope';

const ArticlesPageDocument = graphql(`
  query ArticlesPage($categoryId: ID, $after: String) {
    categories {
      id
      name
    }
    articles(categoryId: $categoryId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          title
          tags
          hidden
          updatedAt
          category {
            id
            name
          }
        }
      }
    }
  }
`);

const CreateArticleDocument = graphql(`
  mutation CreateArticle($input: CreateArticleInput!) {
    createArticle(input: $input) {
      id
      slug
    }
  }
`);

const ArticleCategoriesDocument = graphql(`
  query ArticleCategories {
    categories {
      id
      name
    }
  }
`);

export function ArticlesPage() {
  const id = useId();
  const [params] = useSearchParams();
  const scope = useViewerScope();
  const categoryId = params.get('category');
  const { data, loading, error, refetch, fetchMore } = useQuery(ArticlesPageDocument, { variables: { categoryId } });
  const category = data?.categories.find((c) => c.id === categoryId);
  usePageTitle(category ? `Knowledge: ${category.name}` : 'Knowledge');
  const articles = data?.articles.edges.map((e) => e.node) ?? [];

  return (
    <section aria-labelledby={`${id}-title`}>
      <div className="page-head">
        <h1 id={`${id}-title`}>{category ? `Knowledge: ${category.name}` : 'Knowledge'}</h1>
        {scope.moderatesAny && (
          <Link to="/articles/new" className="button">
            Write an article
          </Link>
        )}
      </div>
      <p className="lead">
        Answers the community and our experts worked out, written up to last. <Link to="/search?kind=ARTICLE">Search the articles</Link>.
      </p>
      {data && data.categories.length > 0 && (
        <nav aria-label="Article categories" className="tab-links">
          <Link to="/articles" aria-current={!categoryId ? 'page' : undefined}>
            All
          </Link>
          {data.categories.map((c) => (
            <Link key={c.id} to={`/articles?category=${c.id}`} aria-current={c.id === categoryId ? 'page' : undefined}>
              {c.name}
            </Link>
          ))}
        </nav>
      )}
      {loading && !data ? (
        <Loading label="Loading articles…" />
      ) : error && !data ? (
        <ErrorNotice error={error} retry={() => void refetch()} />
      ) : articles.length ? (
        <>
          <ul className="thread-list card">
            {articles.map((a) => (
              <li key={a.id} className="thread-item">
                <div className="thread-main">
                  <h2 className="thread-title">
                    <Link to={`/a/${a.slug}`}>{a.title}</Link>
                  </h2>
                  <p className="thread-meta">
                    {a.hidden && <span className="badge badge-hidden">Hidden</span>}
                    {!categoryId && <span>{a.category.name}</span>}
                    <TimeAgo iso={a.updatedAt} prefix="updated" />
                  </p>
                </div>
              </li>
            ))}
          </ul>
          <LoadMore hasMore={!!data?.articles.pageInfo.hasNextPage} label="Show more articles" onLoadMore={() => fetchMore({ variables: { after: data?.articles.pageInfo.endCursor } })} />
        </>
      ) : (
        <EmptyState title="No knowledge articles here yet." />
      )}
    </section>
  );
}

/** Staff anywhere, experts in their categories: write an article from scratch. */
export function NewArticlePage() {
  usePageTitle('Write a knowledge article');
  const id = useId();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const scope = useViewerScope();
  const categories = useQuery(ArticleCategoriesDocument);
  const [categoryId, setCategoryId] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, problem);
  const [create, { loading }] = useMutation(CreateArticleDocument, { refetchQueries: ['ArticlesPage'] });

  if (!signedIn) return <Navigate to="/signin?next=%2Farticles%2Fnew" replace />;
  const options = categories.data?.categories.filter((c) => scope.moderates(c.id)) ?? [];
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await create({ variables: { input: { categoryId, title, body, tags } } });
      if (data) navigate(`/a/${data.createArticle.slug}`);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const categoryErrors = problem?.fields.categoryId ?? [];

  return (
    <section className="ask-page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Write a knowledge article</h1>
      <form ref={formRef} className="form card" onSubmit={onSubmit} noValidate>
        <FormError problem={problem} />
        <div className={`field${categoryErrors.length ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-category`}>Category</label>
          <select id={`${id}-category`} value={categoryId} onChange={(e) => setCategoryId(e.target.value)} aria-invalid={categoryErrors.length ? true : undefined} aria-describedby={`${id}-category-error`}>
            <option value="">Choose a category</option>
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <ul className="field-error" id={`${id}-category-error`}>
            {categoryErrors.map((m) => (
              <li key={m}>{fieldMessage('categoryId', 'Category', m)}</li>
            ))}
          </ul>
        </div>
        <TextField name="title" label="Title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={150} required problem={problem} />
        <MarkdownEditor name="body" label="Article" value={body} onChange={setBody} rows={14} maxLength={50000} required problem={problem} />
        <TagPicker value={tags} onChange={setTags} problem={problem} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Publishing…' : 'Publish the article'}
          </button>
          <Link to="/articles">Cancel</Link>
        </div>
      </form>
    </section>
  );
}
