import { inspect, types } from 'node:util';

/**
 * Any thrown value as text for a console or log: an Error with its stack, own fields (code,
 * detail), cause and, for an AggregateError, each inner error; anything else inspected and
 * labelled, so that a rejection with no value still says what kind of failure it was.
 */
export function describeError(err: unknown): string {
  if (err === undefined || err === null) return `failed without a reason (the value thrown or rejected with was ${err})`;
  if (!(err instanceof Error) && !types.isNativeError(err)) return `a value that is not an Error was thrown: ${inspect(err, { depth: 4 })}`;
  const text = inspect(err, { depth: 6 });
  // An AggregateError (e.g. a connection refused on every address) often has no message of its own.
  const inner = (err as Partial<AggregateError>).errors;
  if (Array.isArray(inner)) {
    const summary = inner.map((e) => (e instanceof Error || types.isNativeError(e) ? (e as Error).message : inspect(e))).join('; ');
    return `${(err as Error).message || `${inner.length} errors`}: ${summary}\n${text}`;
  }
  return text;
}
