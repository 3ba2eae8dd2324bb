export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  field: string;
  messages: string[];
}

/** Every expected failure a service raises. Mapped once to `extensions.code` in format-error.ts. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class BadInputError extends DomainError {
  constructor(fields: FieldError[], message = `invalid input: ${fields.map((f) => f.field).join(', ')}`) {
    super('BAD_USER_INPUT', 'invalid_input', message, { fields });
  }
  static field(field: string, message: string): BadInputError {
    return new BadInputError([{ field, messages: [message] }], message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(reason = 'unauthenticated', message = 'you must be signed in') {
    super('UNAUTHENTICATED', reason, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(reason: string, message: string, details: Record<string, unknown> = {}) {
    super('FORBIDDEN', reason, message, details);
  }
}

/** Also used for content the actor may not see, so that existence never leaks. */
export class NotFoundError extends DomainError {
  constructor(what: string, id?: string) {
    super('NOT_FOUND', `${what}_not_found`, id ? `${what} ${id} not found` : `${what} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(reason: string, message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', reason, message, details);
  }
}

export class RateLimitedError extends DomainError {
  constructor(reason: string, retryAfterSeconds: number, message?: string) {
    super('RATE_LIMITED', reason, message ?? `too many attempts; retry in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}
