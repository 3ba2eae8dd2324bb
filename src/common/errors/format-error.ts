import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-errors.js';

// Codes Apollo itself assigns to requests it refuses before execution; they are safe to pass on.
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Maps any error to the shape clients see: DomainErrors keep their code and details; anything
 * unexpected becomes INTERNAL_SERVER_ERROR with no stack or SQL, logged by the caller.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  opts: { exposeInternals: boolean; onInternal?: (err: unknown) => void },
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, reason: original.reason, ...original.details },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if ((code && CLIENT_CODES.has(code)) || (original instanceof GraphQLError && !original.originalError)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code: code ?? 'GRAPHQL_VALIDATION_FAILED' } };
  }
  opts.onInternal?.(original);
  return {
    message: opts.exposeInternals && original instanceof Error ? original.message : 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
