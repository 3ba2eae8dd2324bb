import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import { graphql } from '../gql';
import { fieldMessage, type ApiProblem } from '../lib/api-errors';

const TagSuggestionsDocument = graphql(`
  query TagSuggestions($prefix: String, $first: Int!) {
    tags(prefix: $prefix, first: $first) {
      id
      name
      threadCount
    }
  }
`);

const MAX_TAGS = 5;

function normalise(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, '-').slice(0, 35);
}

/** Up to five tags: type and press Enter or comma, or pick a suggestion (most used first). */
export function TagPicker({ name = 'tags', value, onChange, problem }: { name?: string; value: string[]; onChange(tags: string[]): void; problem?: ApiProblem | null }) {
  const id = useId();
  const [text, setText] = useState('');
  const prefix = useDeferredValue(normalise(text));
  const { data } = useQuery(TagSuggestionsDocument, { variables: { prefix: prefix || null, first: 8 } });
  const suggestions = (data?.tags ?? []).filter((t) => !value.includes(t.name));
  const messages = problem?.fields[name] ?? [];
  const full = value.length >= MAX_TAGS;

  const add = (raw: string) => {
    const tag = normalise(raw);
    if (!tag || value.includes(tag) || full) return;
    onChange([...value, tag]);
    setText('');
  };

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(text);
    } else if (event.key === 'Backspace' && !text && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div className={`field tag-picker${messages.length ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-input`}>Tags</label>
      <p className="field-hint" id={`${id}-hint`}>
        1 to {MAX_TAGS} tags. Type one and press Enter, or pick a suggestion.
      </p>
      {value.length > 0 && (
        <ul className="tag-list" aria-label="Chosen tags">
          {value.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(value.filter((t) => t !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-input`}
        value={text}
        disabled={full}
        placeholder={full ? 'Five tags chosen' : 'e.g. invoice'}
        onChange={(e) => (e.target.value.endsWith(',') ? add(e.target.value.slice(0, -1)) : setText(e.target.value))}
        onKeyDown={onKey}
        // A typed tag counts even if Enter was never pressed (suggestions keep focus, see below).
        onBlur={() => text && add(text)}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={`${id}-hint${messages.length ? ` ${id}-error` : ''}`}
      />
      {/* mousedown is cancelled on suggestions so picking one does not first commit the half-typed text */}
      {!full && suggestions.length > 0 && (
        <div className="tag-suggestions">
          <span className="meta" id={`${id}-suggest`}>
            Suggestions:
          </span>
          <ul aria-labelledby={`${id}-suggest`}>
            {suggestions.map((t) => (
              <li key={t.id}>
                <button type="button" className="chip" onMouseDown={(e) => e.preventDefault()} onClick={() => add(t.name)}>
                  {t.name} <span className="meta">({t.threadCount})</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {messages.length > 0 && (
        <ul className="field-error" id={`${id}-error`}>
          {messages.map((m) => (
            <li key={m}>{fieldMessage(name, 'Tags', m)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
