import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormError, TextField, useFocusFirstInvalid } from '../../components/form';
import { MarkdownEditor } from '../../components/markdown-editor';
import { RenderedHtml } from '../../components/rendered-html';
import { ErrorNotice, Loading } from '../../components/status';
import { TagPicker } from '../../components/tag-picker';
import { TimeAgo } from '../../components/time';
import { graphql } from '../../gql';
import type { ArticlePageQuery } from '../../gql/graphql';
import { describeProblem, toProblem, type ApiProblem } from '../../lib/api-errors';
import { isUuid } from '../../lib/thread-ref';
import { usePageTitle } from '../../lib/use-page-title';
import { useViewerScope } from '../../session/viewer-scope';
import { NotFoundPage } from '../not-found';

const ArticlePageDocument = graphql(`
  query ArticlePage($id: ID, $slug: String) {
    article(id: $id, slug: $slug) {
      id
      slug
      title
      body
      bodyHtml
      tags
      version
      hidden
      createdAt
      updatedAt
      category {
        id
        name
      }
      author {
        id
        displayName
      }
      sourceThread {
        id
        slug
        title
      }
      versions {
        number
        title
        reason
        createdAt
      }
    }
  }
`);

const EditArticleDocument = graphql(`
  mutation EditArticle($input: EditArticleInput!) {
    editArticle(input: $input) {
      id
      slug
      version
    }
  }
`);

const SetArticleHiddenDocument = graphql(`
  mutation SetArticleHidden($articleId: ID!, $hidden: Boolean!) {
    setArticleHidden(articleId: $articleId, hidden: $hidden) {
      id
      hidden
    }
  }
`);

type Article = ArticlePageQuery['article'];

function EditArticleForm({ article, onDone }: { article: Article; onDone(slug: string): void }) {
  const [title, setTitle] = useState(article.title);
  const [body, setBody] = useState(article.body);
  const [tags, setTags] = useState(article.tags);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, problem);
  const [edit, { loading }] = useMutation(EditArticleDocument, { refetchQueries: ['ArticlePage'], awaitRefetchQueries: true });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await edit({ variables: { input: { articleId: article.id, title, body, tags, reason } } });
      onDone(data?.editArticle.slug ?? article.slug);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <form ref={formRef} className="form card" onSubmit={onSubmit} noValidate aria-label="Edit the article">
      <FormError problem={problem} />
      <TextField name="title" label="Title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={150} problem={problem} />
      <MarkdownEditor name="body" label="Article" value={body} onChange={setBody} rows={14} maxLength={50000} problem={problem} />
      <TagPicker value={tags} onChange={setTags} problem={problem} />
      <TextField name="reason" label="Reason for the edit" hint="Shown in the version history (3 to 300 characters)." value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} required problem={problem} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Saving…' : 'Save a new version'}
        </button>
        <button type="button" className="link-button" onClick={() => onDone(article.slug)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function ArticlePage() {
  const { key = '' } = useParams();
  const navigate = useNavigate();
  const scope = useViewerScope();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const byId = isUuid(key);
  const { data, loading, error, refetch } = useQuery(ArticlePageDocument, { variables: { id: byId ? key : null, slug: byId ? null : key } });
  const [setHidden, hiding] = useMutation(SetArticleHiddenDocument, { refetchQueries: ['ArticlePage'], awaitRefetchQueries: true });
  const article = data?.article;
  usePageTitle(article?.title ?? 'Knowledge article');

  if (loading && !article) return <Loading label="Loading the article…" />;
  if (toProblem(error)?.code === 'NOT_FOUND') return <NotFoundPage what="article" />;
  if (!article) return <ErrorNotice error={error} title="This article could not be loaded" retry={() => void refetch()} />;

  const moderator = scope.moderates(article.category.id);
  const toggleHidden = async () => {
    setProblem(null);
    try {
      await setHidden({ variables: { articleId: article.id, hidden: !article.hidden } });
    } catch (err) {
      setProblem(toProblem(err));
    }
  };

  return (
    <article className="knowledge-article" aria-labelledby="article-title">
      <header className="thread-header">
        <p className="crumbs">
          <Link to="/articles">Knowledge</Link> › <Link to={`/articles?category=${article.category.id}`}>{article.category.name}</Link>
        </p>
        <h1 id="article-title">{article.title}</h1>
        <p className="meta">
          <span className="badge badge-article">Knowledge article</span> Version {article.version}, updated <TimeAgo iso={article.updatedAt} /> · by{' '}
          <Link to={`/members/${article.author.id}`}>{article.author.displayName}</Link>
        </p>
        {article.hidden && <p className="notice notice-warning">This article is hidden: only staff and the category’s experts see it.</p>}
      </header>
      {moderator && !editing && (
        <div className="actions article-actions">
          <button type="button" className="button button-small button-secondary" onClick={() => setEditing(true)}>
            Edit the article
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => void toggleHidden()} disabled={hiding.loading}>
            {article.hidden ? 'Show the article' : 'Hide the article'}
          </button>
          {problem && (
            <p className="field-error" role="alert">
              {describeProblem(problem)}
            </p>
          )}
        </div>
      )}
      {editing ? (
        <EditArticleForm
          article={article}
          onDone={(slug) => {
            setEditing(false);
            if (slug !== key) navigate(`/a/${slug}`, { replace: true });
          }}
        />
      ) : (
        <section className="card" aria-label="Article">
          <RenderedHtml html={article.bodyHtml} />
          {article.tags.length > 0 && (
            <ul className="tag-list" aria-label="Tags">
              {article.tags.map((t) => (
                <li key={t}>
                  <Link to={`/search?tag=${encodeURIComponent(t)}`} className="tag">
                    {t}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {article.sourceThread && (
        <p>
          From the community thread <Link to={`/t/${article.sourceThread.slug}`}>{article.sourceThread.title}</Link>.
        </p>
      )}
      {article.versions.length > 1 && (
        <details className="moderation-history">
          <summary>Version history ({article.versions.length})</summary>
          <ol>
            {article.versions.map((v) => (
              <li key={v.number}>
                Version {v.number}, <TimeAgo iso={v.createdAt} />: “{v.reason}”
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}
