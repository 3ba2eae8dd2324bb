import { useEffect, useId, type InputHTMLAttributes, type ReactNode, type RefObject } from 'react';
import { describeProblem, fieldMessage, type ApiProblem } from '../lib/api-errors';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  name: string;
  label: string;
  hint?: ReactNode;
  /** The last failed submission; this field shows the messages the server gave for `name`. */
  problem?: ApiProblem | null;
}

export function TextField({ name, label, hint, problem, className, ...input }: TextFieldProps) {
  const id = useId();
  const messages = problem?.fields[name] ?? [];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = messages.length ? `${id}-error` : undefined;
  return (
    <div className={`field${messages.length ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
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

/** The summary of a failed submission, announced at once; field details sit by the fields. */
interface SelectFieldProps {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  /** The first choice, with the empty value ("All categories"); none when a value is required. */
  any?: string;
  /** [value, label] pairs; undefined while they load. */
  options: ReadonlyArray<readonly [string, ReactNode]> | undefined;
}

/** A labelled select of a filter form (uncontrolled: the form reads it on submit). */
export function SelectField({ id, name, label, defaultValue, any, options }: SelectFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue}>
        {any !== undefined && <option value="">{any}</option>}
        {options?.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FormError({ problem }: { problem: ApiProblem | null | undefined }) {
  if (!problem) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>{describeProblem(problem)}</p>
    </div>
  );
}

/** After a failed submit, put the keyboard on the first field the server complained about. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, problem: ApiProblem | null): void {
  useEffect(() => {
    if (problem) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, problem]);
}
