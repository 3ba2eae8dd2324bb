import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/test-app.js';
import { member, type TestMember } from './accounts.factory.js';

export const THREAD_FIELDS = `id slug title status score answerCount hasExpertAnswer viewCount deleted acceptedAnswer { id } tags { name } category { id slug }`;

async function ok<T>(res: Promise<{ data: any; errors?: unknown }>, field: string): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(`${field} failed: ${JSON.stringify(r.errors)}`);
  return r.data[field];
}

/** A category, created by a fresh admin through the API. */
export async function category(t: TestApp, opts: { admin?: TestMember; name?: string } = {}): Promise<{ id: string; slug: string }> {
  const admin = opts.admin ?? (await member(t, { role: 'ADMIN' }));
  const suffix = randomBytes(3).toString('hex');
  return ok(
    t.gql(admin, `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id slug } }`, {
      input: { name: opts.name ?? `Billing ${suffix}`, slug: `billing-${suffix}`, description: 'Invoices and payments' },
    }),
    'createCategory',
  );
}

/** A question asked through the API (the asker gets a fresh category unless one is given). */
export async function thread(
  t: TestApp,
  asker: TestMember,
  opts: { categoryId?: string; title?: string; body?: string; tags?: string[] } = {},
): Promise<{ id: string; slug: string; categoryId: string }> {
  const categoryId = opts.categoryId ?? (await category(t)).id;
  const tags = opts.tags ?? ['invoice'];
  // Tags must exist unless the asker may create them: make them as staff would.
  await t.db.query(`INSERT INTO tags (name, created_at) SELECT unnest($1::text[]), now() ON CONFLICT (name) DO NOTHING`, [tags]);
  const created = await ok<{ id: string; slug: string }>(
    t.gql(asker, `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id slug } }`, {
      input: {
        categoryId,
        title: opts.title ?? `Why is my invoice higher this month ${randomBytes(2).toString('hex')}?`,
        body: opts.body ?? 'My monthly invoice went from 80 to 120 euro without any change in usage.',
        tags,
      },
    }),
    'askQuestion',
  );
  return { ...created, categoryId };
}

export async function answer(t: TestApp, author: TestMember, threadId: string, body?: string): Promise<{ id: string; isExpert: boolean }> {
  return ok(
    t.gql(author, `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { id isExpert } }`, {
      input: { threadId, body: body ?? `Check the meter readings on your invoice first ${randomBytes(2).toString('hex')}.` },
    }),
    'answerQuestion',
  );
}

export async function vote(t: TestApp, voter: TestMember, postId: string, value: 'UP' | 'DOWN' | 'NONE') {
  return t.gql(voter, `mutation($input: VoteInput!) { vote(input: $input) { postId score myVote } }`, { input: { postId, value } });
}

export async function reputationOf(t: TestApp, userId: string): Promise<number> {
  const [row] = await t.db.query(`SELECT reputation FROM users WHERE id = $1`, [userId]);
  return row.reputation;
}

export async function certify(t: TestApp, userId: string, categoryId: string): Promise<void> {
  const staff = await member(t, { role: 'STAFF' });
  await ok(t.gql(staff, `mutation($input: CertifyExpertInput!) { certifyExpert(input: $input) { id } }`, { input: { userId, categoryId } }), 'certifyExpert');
}
