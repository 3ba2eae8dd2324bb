import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormError, TextField, useFocusFirstInvalid } from '../../components/form';
import { EmptyState, ErrorNotice, Loading } from '../../components/status';
import { graphql } from '../../gql';
import type { AdminCategoriesQuery } from '../../gql/graphql';
import { describeProblem, toProblem, type ApiProblem } from '../../lib/api-errors';
import { usePageTitle } from '../../lib/use-page-title';
import { AdminNav } from './admin-nav';
import { AdminOnly } from './admin-only';

const AdminCategoriesDocument = graphql(`
  query AdminCategories {
    categories(includeArchived: true) {
      id
      name
      slug
      description
      position
      archived
      threadCount
    }
  }
`);

const CreateCategoryDocument = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
    }
  }
`);

const UpdateCategoryDocument = graphql(`
  mutation UpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      id
      name
      slug
      description
    }
  }
`);

const ReorderCategoriesDocument = graphql(`
  mutation ReorderCategories($input: ReorderCategoriesInput!) {
    reorderCategories(input: $input) {
      id
      position
    }
  }
`);

const ArchiveCategoryDocument = graphql(`
  mutation ArchiveCategory($id: ID!, $archived: Boolean!) {
    archiveCategory(id: $id, archived: $archived) {
      id
      archived
    }
  }
`);

type Category = AdminCategoriesQuery['categories'][number];

// Everything that lists categories (home, pickers) should see the change.
const REFRESH = { refetchQueries: ['AdminCategories', 'Home'], awaitRefetchQueries: true };

function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function CategoryForm({ category, onDone, onCancel }: { category?: Category; onDone(name: string): void; onCancel?(): void }) {
  const [name, setName] = useState(category?.name ?? '');
  const [slug, setSlug] = useState(category?.slug ?? '');
  const [slugTouched, setSlugTouched] = useState(!!category);
  const [description, setDescription] = useState(category?.description ?? '');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, problem);
  const [create, c] = useMutation(CreateCategoryDocument, REFRESH);
  const [update, u] = useMutation(UpdateCategoryDocument, REFRESH);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      if (category) await update({ variables: { input: { id: category.id, name, slug, description } } });
      else await create({ variables: { input: { name, slug, description } } });
      if (!category) {
        setName('');
        setSlug('');
        setSlugTouched(false);
        setDescription('');
      }
      onDone(name);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-label={category ? `Edit ${category.name}` : 'New category'}>
      <FormError problem={problem} />
      <TextField
        name="name"
        label="Name"
        value={name}
        maxLength={80}
        required
        problem={problem}
        onChange={(e) => {
          setName(e.target.value);
          if (!slugTouched) setSlug(slugify(e.target.value));
        }}
      />
      <TextField
        name="slug"
        label="Address"
        hint="Lower-case letters, digits and dashes; used in links."
        value={slug}
        maxLength={60}
        required
        problem={problem}
        onChange={(e) => {
          setSlugTouched(true);
          setSlug(e.target.value);
        }}
      />
      <TextField name="description" label="Description" value={description} maxLength={500} problem={problem} onChange={(e) => setDescription(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={c.loading || u.loading}>
          {category ? 'Save' : 'Create category'}
        </button>
        {onCancel && (
          <button type="button" className="link-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function CategoryRow({ category, index, count, onMove, onMessage }: { category: Category; index: number; count: number; onMove(from: number, to: number): void; onMessage(m: string): void }) {
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [archive, { loading }] = useMutation(ArchiveCategoryDocument, REFRESH);
  const toggleArchive = async () => {
    setProblem(null);
    try {
      await archive({ variables: { id: category.id, archived: !category.archived } });
      onMessage(`${category.name} is ${category.archived ? 'open again' : 'archived'}.`);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <li className={`admin-row${category.archived ? ' admin-row-archived' : ''}`}>
      {editing ? (
        <CategoryForm
          category={category}
          onCancel={() => setEditing(false)}
          onDone={(name) => {
            setEditing(false);
            onMessage(`${name} is saved.`);
          }}
        />
      ) : (
        <div className="admin-row-main">
          <div>
            <p className="admin-row-title">
              <Link to={`/threads?category=${category.id}`}>{category.name}</Link> {category.archived && <span className="badge badge-closed">Archived</span>}
            </p>
            <p className="meta">
              /{category.slug} · {category.threadCount === 1 ? '1 thread' : `${category.threadCount} threads`}
              {category.description ? ` · ${category.description}` : ''}
            </p>
          </div>
          <div className="admin-row-actions">
            <button type="button" className="button button-small button-secondary" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
              Up<span className="visually-hidden">: move {category.name} up</span>
            </button>
            <button type="button" className="button button-small button-secondary" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
              Down<span className="visually-hidden">: move {category.name} down</span>
            </button>
            <button type="button" className="button button-small button-secondary" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> {category.name}</span>
            </button>
            <button type="button" className="button button-small button-secondary" onClick={() => void toggleArchive()} disabled={loading}>
              {category.archived ? 'Unarchive' : 'Archive'}
              <span className="visually-hidden"> {category.name}</span>
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {describeProblem(problem)}
        </p>
      )}
    </li>
  );
}

export function AdminCategoriesPage() {
  usePageTitle('Categories · Admin');
  const id = useId();
  const { data, loading, error, refetch } = useQuery(AdminCategoriesDocument, { fetchPolicy: 'cache-and-network' });
  const [reorder] = useMutation(ReorderCategoriesDocument, REFRESH);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const categories = [...(data?.categories ?? [])].sort((a, b) => a.position - b.position);

  const move = async (from: number, to: number) => {
    setProblem(null);
    const ids = categories.map((c) => c.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved);
    try {
      await reorder({ variables: { input: { ids } } });
      setMessage(`${categories[from].name} moved ${to < from ? 'up' : 'down'}.`);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <AdminOnly>
      <section aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>Admin</h1>
        <AdminNav />
        <div className="admin-columns">
          <section className="card" aria-labelledby={`${id}-list`}>
            <h2 id={`${id}-list`}>Categories</h2>
            <div role="status">{message && <p className="meta">{message}</p>}</div>
            {problem && (
              <p className="field-error" role="alert">
                {describeProblem(problem)}
              </p>
            )}
            {loading && !data ? (
              <Loading label="Loading categories…" />
            ) : error && !data ? (
              <ErrorNotice error={error} retry={() => void refetch()} />
            ) : categories.length ? (
              <ol className="admin-list">
                {categories.map((c, i) => (
                  <CategoryRow key={c.id} category={c} index={i} count={categories.length} onMove={(a, b) => void move(a, b)} onMessage={setMessage} />
                ))}
              </ol>
            ) : (
              <EmptyState title="No categories yet. Create the first one." />
            )}
          </section>
          <section className="card" aria-labelledby={`${id}-new`}>
            <h2 id={`${id}-new`}>New category</h2>
            <CategoryForm onDone={(name) => setMessage(`${name} is created.`)} />
          </section>
        </div>
      </section>
    </AdminOnly>
  );
}
