import type { TestApp } from '../support/test-app.js';
import type { TestMember } from './accounts.factory.js';

export const HIT_FIELDS = `id kind title snippet slug threadSlug solved hasExpertAnswer tags categoryId`;
export const SEARCH = `query($query: String!, $filters: SearchFilters, $page: Int, $limit: Int, $sort: SearchSort, $sessionKey: String) {
  search(query: $query, filters: $filters, page: $page, limit: $limit, sort: $sort, sessionKey: $sessionKey) {
    total page limit processingTimeMs hits { ${HIT_FIELDS} }
    facets { categories { value count } tags { value count } solved { yes no } hasExpertAnswer { yes no } } } }`;
export const SIMILAR = `query($title: String!, $body: String, $limit: Int) { similarQuestions(title: $title, body: $body, limit: $limit) { ${HIT_FIELDS} } }`;
export const ARTICLE_FIELDS = `id slug title body bodyHtml tags version hidden category { id } sourceThread { id } author { id } versions { number title reason }`;

async function ok<T>(res: Promise<{ data: any; errors?: unknown }>, field: string): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(`${field} failed: ${JSON.stringify(r.errors)}`);
  return r.data[field];
}

/** Searches as someone (or a visitor) within a category, after delivering pending index updates. */
export async function searchIn(t: TestApp, as: TestMember | null, categoryId: string, query: string, more: Record<string, unknown> = {}) {
  await t.drainOutbox();
  const { filters, ...rest } = more as { filters?: Record<string, unknown> };
  return ok<any>(t.gql(as, SEARCH, { query, filters: { categoryId, ...filters }, ...rest }), 'search');
}

/** A solved thread's article, promoted through the API. */
export async function promote(t: TestApp, as: TestMember, threadId: string, opts: { title?: string; body?: string } = {}) {
  return t.gql(as, `mutation($threadId: ID!, $title: String, $body: String) { promoteToArticle(threadId: $threadId, title: $title, body: $body) { ${ARTICLE_FIELDS} } }`, {
    threadId,
    ...opts,
  });
}

export async function accept(t: TestApp, asker: TestMember, answerId: string): Promise<void> {
  await ok(t.gql(asker, `mutation($id: ID!) { acceptAnswer(answerId: $id) { id } }`, { id: answerId }), 'acceptAnswer');
}
