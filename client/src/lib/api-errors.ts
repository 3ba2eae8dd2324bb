import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** What went wrong, in the API's terms: the first error's code and reason, and per-field messages. */
export interface ApiProblem {
  code: string;
  reason?: string;
  message: string;
  /** BAD_USER_INPUT: messages per input field (e.g. `email`, `input.title`, stripped to `title`). */
  fields: Record<string, string[]>;
  retryAfterSeconds?: number;
}

interface WireError {
  message?: string;
  extensions?: {
    code?: string;
    reason?: string;
    fields?: Array<{ field: string; messages: string[] }>;
    /** CONFLICT errors about one input name it here (e.g. `email` for `email_taken`). */
    field?: string;
    retryAfterSeconds?: number;
  };
}

function fromWire(errors: readonly WireError[]): ApiProblem | null {
  const first = errors[0];
  if (!first) return null;
  const ext = first.extensions ?? {};
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    for (const f of error.extensions?.fields ?? []) {
      const key = f.field.replace(/^input\./, '');
      (fields[key] ??= []).push(...f.messages);
    }
  }
  if (typeof ext.field === 'string') (fields[ext.field] ??= []).push((ext.reason && REASONS[ext.reason]) || first.message || 'This value is not accepted');
  return {
    code: ext.code ?? 'INTERNAL_SERVER_ERROR',
    reason: ext.reason,
    message: first.message ?? 'Unknown error',
    fields,
    retryAfterSeconds: ext.retryAfterSeconds,
  };
}

/** Reads any error Apollo hands us (GraphQL errors, an HTTP error with a GraphQL body, a network failure). */
export function toProblem(error: unknown): ApiProblem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) return fromWire(error.errors as readonly WireError[]);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: WireError[] };
      const problem = body.errors && fromWire(body.errors);
      if (problem) return problem;
    } catch {
      // not JSON: fall through to the status code
    }
    return { code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'HTTP_ERROR', message: error.message, fields: {} };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'NETWORK_ERROR', message, fields: {} };
}

const REASONS: Record<string, string> = {
  invalid_credentials: 'That email and password do not match an account.',
  email_taken: 'An account with this email address already exists.',
  display_name_taken: 'That display name is taken; choose another.',
};

function minutes(seconds: number): string {
  const m = Math.ceil(seconds / 60);
  return m <= 1 ? 'a minute' : `${m} minutes`;
}

/** One sentence for people, not for developers. */
export function describeProblem(problem: ApiProblem): string {
  // The fields say what is wrong; the summary only points at them.
  if (Object.keys(problem.fields).length) return 'Some fields need attention.';
  if (problem.reason && REASONS[problem.reason]) return REASONS[problem.reason];
  switch (problem.code) {
    case 'UNAUTHENTICATED':
      if (problem.reason === 'account_suspended') return sentence(problem.message);
      if (problem.reason && /refresh|session|revoked/.test(problem.reason)) return 'Your session has ended. Sign in again.';
      return 'You need to sign in to do this.';
    case 'FORBIDDEN':
      return `Not allowed: ${sentence(problem.message)}`;
    case 'NOT_FOUND':
      return 'This could not be found. It may have been removed, or you may not have access to it.';
    case 'RATE_LIMITED':
      return problem.retryAfterSeconds ? `Too many attempts. Try again in ${minutes(problem.retryAfterSeconds)}.` : 'Too many attempts. Try again later.';
    case 'NETWORK_ERROR':
      return 'Peerdesk could not be reached. Check your connection and try again.';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on our side. Try again in a moment.';
    default:
      return sentence(problem.message);
  }
}

export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** Field messages from the server name the field (`displayName must be …`); say it with the label. */
export function fieldMessage(field: string, label: string, message: string): string {
  const leaf = field.split('.').pop() ?? field;
  return sentence(message.startsWith(`${leaf} `) ? `${label}${message.slice(leaf.length)}` : message);
}
