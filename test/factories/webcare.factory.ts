import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { OutboxService } from '../../src/database/outbox/outbox.service.js';
import { EscalationScheduler } from '../../src/webcare/escalation/escalation-scheduler.js';
import type { TestApp } from '../support/test-app.js';
import type { TestMember } from './accounts.factory.js';

export const CASE_FIELDS = `id priority status isPrivate createdAt firstResponseDueAt resolutionDueAt firstRespondedAt resolvedAt resolutionNote
  transferCount rating ratingComment breached thread { id title } member { id } assignee { id } team { id name } category { id }
  reasons { kind priority detail actor { id } }
  sla { priority paused firstResponse { dueAt breached breachedAt remainingSeconds metAt } resolution { dueAt breached breachedAt remainingSeconds metAt } }`;

export const CASE = `query($id: ID!) { webcareCase(id: $id) { ${CASE_FIELDS} } }`;
export const QUEUE = `query($view: QueueView, $teamId: ID, $filter: QueueFilter, $first: Int, $after: String) {
  webcareQueue(view: $view, teamId: $teamId, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id priority status breached thread { id } assignee { id } team { id } } } } }`;
export const CLAIM_NEXT = `mutation { claimNextCase { id status assignee { id } } }`;
export const HELP_CASE = `query($id: ID!) { thread(id: $id) { id status staffInvolved solvedByStaff helpCase { id status assigned isPrivate canRate rating messages { body fromStaff author { id } } } } }`;

export async function ok<T = any>(res: Promise<{ data: any; errors?: unknown }>, field: string): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(`${field} failed: ${JSON.stringify(r.errors)}`);
  return r.data[field];
}

export async function team(t: TestApp, admin: TestMember, memberIds: string[] = [], name?: string): Promise<{ id: string; name: string }> {
  return ok(
    t.gql(admin, `mutation($input: CreateTeamInput!) { createWebcareTeam(input: $input) { id name } }`, {
      input: { name: name ?? `Team ${randomBytes(3).toString('hex')}`, description: 'test team', memberIds },
    }),
    'createWebcareTeam',
  );
}

export async function policy(t: TestApp, admin: TestMember, input: Record<string, unknown>): Promise<{ id: string }> {
  return ok(
    t.gql(admin, `mutation($input: SlaPolicyInput!) { saveSlaPolicy(input: $input) { id } }`, { input: { name: `Policy ${randomBytes(3).toString('hex')}`, ...input } }),
    'saveSlaPolicy',
  );
}

export async function route(t: TestApp, admin: TestMember, input: { categoryId: string; teamId?: string | null; policyId?: string | null; complaintThreshold?: number }) {
  return ok(t.gql(admin, `mutation($input: SetCategoryRoutingInput!) { setCategoryRouting(input: $input) { categoryId complaintThreshold team { id } policy { id } } }`, { input }), 'setCategoryRouting');
}

/** Delivers every due outbox row, waiting for rows another worker of this app holds. */
export async function settle(t: TestApp): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await t.drainOutbox();
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE available_at <= $1 AND attempts = 0`, [t.clock.now()]);
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('outbox did not settle');
}

/**
 * Outbox first (timers, complaints), then escalation and breach sweeps at the clock's time, until
 * no timer is due. The app's own background sweep may hold a row (SKIP LOCKED) with the time it
 * started at; waiting for it keeps the test's view deterministic.
 */
export async function sweep(t: TestApp): Promise<void> {
  await settle(t);
  const scheduler = t.app.get(EscalationScheduler);
  for (let i = 0; i < 100; i++) {
    await scheduler.sweep();
    await scheduler.sweepBreaches();
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM webcare_thread_timers WHERE next_due_at <= $1`, [t.clock.now()]);
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('escalation timers did not settle');
}

export async function openCaseOf(t: TestApp, threadId: string): Promise<{ id: string } | undefined> {
  const [row] = await t.db.query(`SELECT id FROM webcare_cases WHERE thread_id = $1 AND status <> 'RESOLVED'`, [threadId]);
  return row;
}

export async function caseCount(t: TestApp, threadId: string): Promise<number> {
  const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM webcare_cases WHERE thread_id = $1`, [threadId]);
  return n;
}

export async function getCase(t: TestApp, staff: TestMember, id: string) {
  return ok(t.gql(staff, CASE, { id }), 'webcareCase');
}

/** Emits an outbox event as another module would, in its own transaction. */
export async function emit(t: TestApp, type: string, payload: Record<string, unknown>): Promise<void> {
  const outbox = t.app.get(OutboxService);
  await t.db.transaction((em) => outbox.add(em, { type, payload }));
}

/**
 * These tests move the clock by days, past the access tokens' lifetime: sign every request made
 * as a member with a token minted at the clock's current time, as a fresh sign-in would.
 */
export function freshTokens(t: TestApp): TestApp {
  const jwt = t.app.get(JwtService);
  const gql = t.gql.bind(t);
  t.gql = (as, query, variables, headers) => {
    if (as && typeof as === 'object' && 'id' in as) {
      const iat = Math.floor(t.clock.now().getTime() / 1000);
      as = jwt.sign({ sub: (as as TestMember).id, iat, exp: iat + 900 });
    }
    return gql(as, query, variables, headers);
  };
  return t;
}

export const plus = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000).toISOString();
