import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { graphql } from '../gql';
import { describeProblem, fieldMessage, toProblem, type ApiProblem } from '../lib/api-errors';
import { RenderedHtml } from './rendered-html';

const MarkdownPreviewDocument = graphql(`
  query MarkdownPreview($body: String!) {
    markdownPreview(body: $body) {
      html
    }
  }
`);

interface MarkdownEditorProps {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  problem?: ApiProblem | null;
  rows?: number;
  maxLength?: number;
  required?: boolean;
}

type Tab = 'write' | 'preview';

/**
 * A Markdown textarea with a Preview tab. The preview is rendered by the server, with the same
 * renderer and sanitizer that will render the post, so what you see is what others will see.
 */
export function MarkdownEditor({ name, label, value, onChange, hint, problem, rows = 8, maxLength, required }: MarkdownEditorProps) {
  const id = useId();
  const client = useApolloClient();
  const [tab, setTab] = useState<Tab>('write');
  const [preview, setPreview] = useState<{ body: string; html: string } | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [previewLoading, setPreviewLoading] = useState(false);
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ write: null, preview: null });
  const messages = problem?.fields[name] ?? [];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = messages.length ? `${id}-error` : undefined;

  const show = async (next: Tab) => {
    setTab(next);
    if (next !== 'preview' || preview?.body === value) return;
    setPreviewError(null);
    if (!value.trim()) {
      setPreview({ body: value, html: '' });
      return;
    }
    setPreviewLoading(true);
    try {
      const { data } = await client.query({ query: MarkdownPreviewDocument, variables: { body: value }, fetchPolicy: 'no-cache' });
      setPreview({ body: value, html: data?.markdownPreview.html ?? '' });
    } catch (error) {
      const p = toProblem(error);
      setPreviewError(p ? describeProblem(p) : 'The preview could not be rendered.');
    } finally {
      setPreviewLoading(false);
    }
  };

  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next: Tab = tab === 'write' ? 'preview' : 'write';
    void show(next);
    tabs.current[next]?.focus();
  };

  return (
    <div className={`field markdown-editor${messages.length ? ' field-invalid' : ''}`}>
      <div className="markdown-editor-head">
        <label htmlFor={`${id}-input`} id={`${id}-label`}>
          {label}
        </label>
        <div role="tablist" aria-label={`${label}: write or preview`} className="tabs">
          {(['write', 'preview'] as const).map((t) => (
            <button
              key={t}
              ref={(el) => {
                tabs.current[t] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${t}`}
              aria-selected={tab === t}
              aria-controls={`${id}-panel-${t}`}
              tabIndex={tab === t ? 0 : -1}
              onClick={() => void show(t)}
              onKeyDown={onTabKey}
            >
              {t === 'write' ? 'Write' : 'Preview'}
            </button>
          ))}
        </div>
      </div>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div role="tabpanel" id={`${id}-panel-write`} aria-labelledby={`${id}-tab-write`} hidden={tab !== 'write'}>
        <textarea
          id={`${id}-input`}
          name={name}
          rows={rows}
          value={value}
          maxLength={maxLength}
          required={required}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={messages.length ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        />
      </div>
      <div role="tabpanel" id={`${id}-panel-preview`} aria-labelledby={`${id}-tab-preview`} hidden={tab !== 'preview'} className="preview" tabIndex={0}>
        {previewLoading ? (
          <p className="status" role="status">
            Rendering preview…
          </p>
        ) : previewError ? (
          <p className="field-error" role="alert">
            {previewError}
          </p>
        ) : preview?.html ? (
          <RenderedHtml html={preview.html} />
        ) : (
          <p className="meta">Nothing to preview yet.</p>
        )}
      </div>
      {errorId && (
        <ul className="field-error" id={errorId}>
          {messages.map((m) => (
            <li key={m}>{fieldMessage(name, label, m)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
