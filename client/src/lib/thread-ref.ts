const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * What someone pasted to name a thread: its address (`https://…/t/some-slug#answer-1`), a path,
 * a slug or an id. Returns the lookup variables for the `thread` query, or null.
 */
export function threadRef(input: string): { id: string | null; slug: string | null } | null {
  let text = input.trim();
  if (!text) return null;
  const path = /\/t\/([^/?#\s]+)/.exec(text);
  if (path) text = decodeURIComponent(path[1]);
  if (isUuid(text)) return { id: text, slug: null };
  return /^[a-z0-9][a-z0-9-]*$/i.test(text) ? { id: null, slug: text.toLowerCase() } : null;
}
