import type { Client } from 'pg';
import { threadEscalationDueTimes } from '../webcare/sla.js';
import { bulkLoad, type BulkLoadResult, type TableLoad } from './bulk-loader.js';
import { buildLedger, deriveThreads, LEDGER_KINDS, settleJoinTimes, type Ledger } from './large-derive.js';
import { makeSlug, planKnowledge, planSearches, planSuggestions, type Knowledge, type SearchEvent, type SuggestionEvent } from './large-knowledge.js';
import { newModeration, planModeration, type Moderation } from './large-moderation.js';
import { answerBody, planForum, type Answer, type Comment, type Plan, type Thread } from './large-plan.js';
import { planWebcare, settleNeedsStaffFlags, type Webcare } from './large-webcare.js';
import { IdPool, orderBy, poolFromHex } from './seed-ids.js';
import { seededRandom } from './large-text.js';

export interface LargeSeedOptions {
  threads: number;
  /** Argon2 hash every generated account gets (one hash: hashing 50,000 passwords would take minutes). */
  passwordHash: string;
  now: Date;
  seed?: number;
  log: (line: string) => void;
  /** Opens another session: the load and ANALYZE run in `sessions` in parallel. */
  connect: () => Promise<Client>;
  sessions?: number;
  /** CPU seconds used so far (see cpu-usage.ts), shown with each step. */
  cpu?: () => { node: number; server: number | null };
  /** Keep foreign-key checks on (the path taken without superuser rights). */
  checkKeys?: boolean;
}


export interface LargeSeedResult {
  counts: Record<string, number>;
  load: BulkLoadResult;
  laps: Record<string, number>;
}

/** The settings row that marks a database holding a generated data set. */
export const SEED_MARKER = 'seed.large';

/**
 * Plans a community in memory (see large-plan.ts and the planners beside it), then writes every
 * table once with binary COPY in one transaction (bulk-loader.ts), and analyzes the tables.
 */
export async function loadLargeDataSet(db: Client, opts: LargeSeedOptions): Promise<LargeSeedResult> {
  const started = Date.now();
  const laps: Record<string, number> = {};
  const lap = (name: string) => {
    laps[name] = (Date.now() - started) / 1000;
    const cpu = opts.cpu?.();
    const used = cpu ? ` (CPU so far: node ${cpu.node.toFixed(1)} s${cpu.server !== null ? `, postgres ${cpu.server.toFixed(1)} s` : ''})` : '';
    opts.log(`${name}: ${laps[name].toFixed(1)} s${used}`);
  };
  const now = opts.now.getTime();

  const set = planLargeDataSet(opts.threads, now, opts.seed);
  const { ids } = set;
  lap('planned');

  // --- write ------------------------------------------------------------------------------
  const load = await bulkLoad(db, {
    connect: opts.connect,
    sessions: opts.sessions,
    log: opts.log,
    lap,
    checkKeys: opts.checkKeys,
    loads: (replica) => largeTableLoads(set, opts.passwordHash, replica),
    prepare: async (tx) => {
      ids.categories = await upsertCategories(tx, set.plan, now);
      ids.tags = await upsertTags(tx, set.plan, now);
      const [{ base }] = (await tx.query(`SELECT coalesce(max(id), 0)::bigint AS base FROM reputation_events`)).rows;
      ids.ledgerBase = Number(base);
      await tx.query(`INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3)`, [SEED_MARKER, JSON.stringify({ threads: opts.threads, seed: set.plan.seed, at: opts.now.toISOString() }), opts.now]);
      // The generated threads count as data from before clustering, as the migration that added
      // it treats existing threads: the periodic job places only threads asked after them
      // (npm run analytics:rebuild -- --clusters backfills).
      const latest = ids.threadOrder[ids.threadOrder.length - 1];
      if (latest) {
        await tx.query(
          `INSERT INTO analytics_refresh_state (id, clusters_until, clusters_after) VALUES (1, $1, $2)
           ON CONFLICT (id) DO UPDATE SET clusters_until = EXCLUDED.clusters_until, clusters_after = EXCLUDED.clusters_after
            WHERE analytics_refresh_state.clusters_until IS NULL OR analytics_refresh_state.clusters_until < EXCLUDED.clusters_until`,
          [new Date(latest.at), ids.threads.hex(latest.idx)],
        );
      }
      lap('prepared');
    },
    finishReferenced: async (tx, replica) => {
      if (!replica) await linkThreads(tx, set.plan, ids);
    },
  });
  await db.query(`SELECT setval(pg_get_serial_sequence('reputation_events', 'id'), $1)`, [ids.ledgerBase + set.ledger().n]);
  lap('copied');
  // The loader analyzed its tables; these few rows came by plain inserts.
  await db.query(`ANALYZE public.categories, public.tags, public.settings`);
  lap('analyzed');

  const counts: Record<string, number> = {};
  for (const [table, t] of Object.entries(load.tables)) counts[table] = t.rows;
  return { counts, load, laps };
}

/**
 * The whole community in memory, with ids: what loadLargeDataSet writes. The ledger, searches and
 * ask-form sessions change no other row (nor anyone's join time), so they are worked out when
 * their tables are written, while the server loads the others.
 */
export interface PlannedDataSet {
  plan: Plan;
  webcare: Webcare;
  moderation: Moderation;
  knowledge: Knowledge;
  ids: Ids;
  ledger: () => Ledger;
  searches: () => SearchEvent[];
  suggestions: () => SuggestionEvent[];
}

const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

export function planLargeDataSet(threads: number, now: number, seed?: number): PlannedDataSet {
  const plan = planForum({ threads, now, seed });
  const moderation = newModeration();
  const webcare = planWebcare(plan, moderation);
  planModeration(plan, moderation);
  settleNeedsStaffFlags(plan, moderation, webcare);
  const knowledge = planKnowledge(plan);
  deriveThreads(plan);
  settleJoinTimes(plan);
  const ids = assignIds(plan, webcare, moderation, knowledge);
  return {
    plan, webcare, moderation, knowledge, ids,
    ledger: once(() => buildLedger(plan, expertAtAcceptance(plan))),
    searches: once(() => planSearches(plan)),
    suggestions: once(() => planSuggestions(plan)),
  };
}

/** The tables of a planned data set, as the bulk loader takes them (categories and tags excluded). */
export function largeTableLoads(set: PlannedDataSet, passwordHash: string, replica: boolean): TableLoad[] {
  return tableLoads(set, passwordHash, replica);
}

// +5 for an accepted answer only when its author was a certified expert of the category then.
function expertAtAcceptance(plan: Plan): (ref: number) => boolean {
  return (ref) => {
    const a = plan.answers[ref];
    const t = a.thread;
    return plan.certifications.some((c) => c.user === a.author && c.category === t.category && c.grantedAt <= t.acceptedAt && (c.revokedAt === null || c.revokedAt > t.acceptedAt));
  };
}

export interface Ids {
  users: IdPool;
  /** Users in write order, and each user's position in it (ids grow with it). */
  userOrder: Uint32Array;
  userPos: Int32Array;
  threads: IdPool;
  threadOrder: Thread[];
  answers: IdPool;
  answerOrder: Answer[];
  comments: IdPool;
  commentOrder: Array<{ c: Comment; thread: Thread; answer: Answer | null }>;
  /** Threads and answers merged in creation order: thread index, or threads + answer ref. */
  posts: Int32Array;
  revisions: IdPool;
  cases: IdPool;
  teams: IdPool;
  policies: IdPool;
  items: IdPool;
  flags: IdPool;
  articles: IdPool;
  certifications: IdPool;
  savedReplies: IdPool;
  slugs: string[];
  categories: IdPool;
  tags: IdPool;
  ledgerBase: number;
}

// Ids in creation order for every generated row (see seed-ids.ts), and the threads' slugs.
function assignIds(plan: Plan, webcare: Webcare, moderation: Moderation, knowledge: Knowledge): Ids {
  const rng = seededRandom(plan.seed ^ 0x5eed);
  const { users } = plan;
  const usersPool = new IdPool(users.count);
  const userPos = new Int32Array(users.count);
  const userOrder = orderBy(users.count, (i) => users.joinAt[i]);
  userOrder.forEach((u, k) => {
    usersPool.set(u, users.joinAt[u], rng);
    userPos[u] = k;
  });
  const threadOrder = [...plan.threads].sort((a, b) => a.at - b.at);
  const threads = new IdPool(threadOrder.length);
  threadOrder.forEach((t, k) => {
    t.idx = k;
    threads.set(k, t.at, rng);
  });
  const answerOrder = Array.from(orderBy(plan.answers.length, (i) => plan.answers[i].at), (i) => plan.answers[i]);
  const answers = new IdPool(answerOrder.length);
  answerOrder.forEach((a, k) => {
    a.idx = k;
    answers.set(k, a.at, rng);
  });
  const allComments: Ids['commentOrder'] = [];
  for (const t of plan.threads) {
    for (const c of t.comments) allComments.push({ c, thread: t, answer: null });
    for (const a of t.answers) for (const c of a.comments) allComments.push({ c, thread: t, answer: a });
  }
  const commentOrder = Array.from(orderBy(allComments.length, (i) => allComments[i].c.at), (i) => allComments[i]);
  const comments = new IdPool(commentOrder.length);
  commentOrder.forEach((x, k) => {
    x.c.idx = k;
    comments.set(k, x.c.at, rng);
  });
  // Posts merged by time: votes and revisions are written in their posts' id order.
  const T = plan.threads.length;
  const posts = new Int32Array(T + plan.answers.length);
  for (let i = 0, j = 0, k = 0; k < posts.length; k++) {
    if (j >= answerOrder.length || (i < threadOrder.length && threadOrder[i].at <= answerOrder[j].at)) posts[k] = threadOrder[i++].ref;
    else posts[k] = T + answerOrder[j++].ref;
  }
  const revisions = new IdPool(posts.length);
  const postAt = (p: number) => (p < T ? plan.threads[p].at : plan.answers[p - T].at);
  for (let k = 0; k < posts.length; k++) revisions.set(k, postAt(posts[k]), rng);
  const ordered = <X>(list: X[], at: (x: X) => number, set: (x: X, k: number) => void): IdPool => {
    list.sort((a, b) => at(a) - at(b));
    const pool = new IdPool(list.length);
    list.forEach((x, k) => {
      set(x, k);
      pool.set(k, at(x), rng);
    });
    return pool;
  };
  const cases = ordered(webcare.cases, (c) => c.createdAt, (c, k) => (c.idx = k));
  const items = ordered(moderation.items, (x) => x.at, (x, k) => (x.idx = k));
  const flags = ordered(moderation.flags, (x) => x.at, (x, k) => (x.idx = k));
  const articles = ordered(knowledge.articles, (x) => x.at, (x, k) => (x.idx = k));
  const certifications = ordered(plan.certifications, (c) => c.grantedAt, () => undefined);
  const teams = new IdPool(webcare.teams.length);
  webcare.teams.forEach((t, k) => teams.set(k, t.at, rng));
  const policies = new IdPool(webcare.policies.length);
  webcare.policies.forEach((p, k) => policies.set(k, p.at, rng));
  const savedReplies = ordered(webcare.savedReplies, (r) => r.at, () => undefined);
  // Slugs: the title and the first hex digits of the id, unique however often a title recurs.
  const seen = new Set<string>();
  const slugs = threadOrder.map((t, k) => {
    let s = makeSlug(t.title, threads.hex(k).slice(24, 32));
    for (let n = 2; seen.has(s); n++) s = makeSlug(t.title, `${threads.hex(k).slice(24, 32)}${n}`);
    seen.add(s);
    return s;
  });
  return {
    users: usersPool, userOrder, userPos, threads, threadOrder, answers, answerOrder, comments, commentOrder, posts, revisions, cases, teams, policies, items, flags, articles,
    certifications, savedReplies, slugs, categories: new IdPool(0), tags: new IdPool(0), ledgerBase: 0,
  };
}

async function upsertCategories(db: Client, plan: Plan, now: number): Promise<IdPool> {
  const at = new Date(now - 3 * 365 * 86_400_000 - 30 * 86_400_000);
  for (const [i, [slug, name]] of plan.categories.entries()) {
    await db.query(`INSERT INTO categories (slug, name, description, position, created_at, updated_at) VALUES ($1, $2, '', $3, $4, $4) ON CONFLICT (slug) DO NOTHING`, [slug, name, 100 + i, at]);
  }
  const { rows } = await db.query(`SELECT id, slug FROM categories WHERE slug = ANY($1)`, [plan.categories.map((c) => c[0])]);
  return poolFromHex(plan.categories.map(([slug]) => rows.find((r) => r.slug === slug)!.id));
}

async function upsertTags(db: Client, plan: Plan, now: number): Promise<IdPool> {
  const counts = plan.tags.map(() => 0);
  for (const t of plan.threads) for (const k of new Set(t.tags)) counts[k]++;
  await db.query(
    `INSERT INTO tags (name, thread_count, created_at) SELECT unnest($1::text[]), unnest($2::int[]), $3
     ON CONFLICT (name) DO UPDATE SET thread_count = tags.thread_count + EXCLUDED.thread_count`,
    [plan.tags, counts, new Date(now - 3 * 365 * 86_400_000 - 30 * 86_400_000)],
  );
  const { rows } = await db.query(`SELECT id, name FROM tags WHERE name = ANY($1)`, [plan.tags]);
  return poolFromHex(plan.tags.map((name) => rows.find((r) => r.name === name)!.id));
}

// Without superuser rights the foreign keys are checked row by row, so the circular links of
// threads (accepted answer, resolving case) are set once answers and cases exist.
async function linkThreads(db: Client, plan: Plan, ids: Ids): Promise<void> {
  const accepted = plan.threads.filter((t) => t.accepted);
  const resolved = plan.threads.filter((t) => t.staffResolvedCase);
  await db.query(
    `UPDATE threads t SET accepted_answer_id = x.a FROM unnest($1::uuid[], $2::uuid[]) AS x(t, a) WHERE t.id = x.t`,
    [accepted.map((t) => ids.threads.hex(t.idx)), accepted.map((t) => ids.answers.hex(t.accepted!.idx))],
  );
  await db.query(
    `UPDATE threads t SET staff_resolved_case_id = x.c FROM unnest($1::uuid[], $2::uuid[]) AS x(t, c) WHERE t.id = x.t`,
    [resolved.map((t) => ids.threads.hex(t.idx)), resolved.map((t) => ids.cases.hex(t.staffResolvedCase!.idx))],
  );
}

// Ledger events by member (in id order), then UTC day, then time (their order in the ledger).
function memberOrder(ledger: Ledger, userPos: Int32Array): Uint32Array {
  let first = Infinity;
  for (let i = 0; i < ledger.n; i++) first = Math.min(first, ledger.at[i]);
  const base = Math.floor(first / 86_400_000);
  const day = (i: number) => Math.floor(ledger.at[i] / 86_400_000) - base;
  if (ledger.n < 1 << 21 && userPos.length < 1 << 20 && day(ledger.n - 1) < 4096) {
    const packed = new Float64Array(ledger.n);
    for (let i = 0; i < ledger.n; i++) packed[i] = (userPos[ledger.user[i]] * 4096 + day(i)) * 2097152 + i;
    packed.sort();
    return Uint32Array.from(packed, (x) => x % 2097152);
  }
  const order = Uint32Array.from({ length: ledger.n }, (_, i) => i);
  return order.sort((a, b) => userPos[ledger.user[a]] - userPos[ledger.user[b]] || day(a) - day(b) || a - b);
}

// --- table encoders ---------------------------------------------------------------------------

// `replica`: foreign-key triggers are off, so threads can name their accepted answer and resolving
// case before those rows exist; otherwise linkThreads sets them at the end.
function tableLoads(set: PlannedDataSet, passwordHash: string, replica: boolean): TableLoad[] {
  const { plan, webcare, moderation, ids } = set;
  const { users, now } = plan;
  const T = plan.threads.length;
  const U = ids.users.bytes;
  const TH = ids.threads.bytes;
  const AN = ids.answers.bytes;
  const u = (i: number) => i * 16;
  const th = (t: Thread) => t.idx * 16;
  const an = (a: Answer) => a.idx * 16;
  const postOf = (p: number): Thread | Answer => (p < T ? plan.threads[p] : plan.answers[p - T]);
  const isThread = (x: Thread | Answer): x is Thread => 'title' in x;
  const threadOf = (x: Thread | Answer): Thread => (isThread(x) ? x : x.thread);
  const roles = ['MEMBER', 'STAFF', 'ADMIN'];
  const EVERY = 2000;

  // Users last when keys are not checked: their reputation needs the ledger, worked out while
  // the server loads threads and answers.
  const usersLoad: TableLoad = {
      table: 'users',
      columns: ['id', 'email', 'display_name', 'password_hash', 'role', 'reputation_points', 'flags_helpful', 'flags_declined', 'created_at', 'updated_at'],
      *encode(w) {
        set.ledger(); // reputation is the ledger's sum
        for (let k = 0; k < ids.userOrder.length; k++) {
          const i = ids.userOrder[k];
          w.row(10).uuid(U, u(i)).text(users.email(i)).text(users.name(i)).text(passwordHash).text(roles[users.role[i]])
            .int4(users.points[i]).int4(users.flagsHelpful[i]).int4(users.flagsDeclined[i]).ts(users.joinAt[i]).ts(users.joinAt[i]);
          if (k % EVERY === 0) yield;
        }
      },
    };
  const loads: TableLoad[] = [
    {
      table: 'threads',
      columns: ['id', 'slug', 'category_id', 'author_id', 'title', 'body', 'body_html', 'status', 'accepted_answer_id', 'score', 'answer_count', 'comment_count', 'view_count',
        'has_expert_answer', 'first_answered_at', 'solved_at', 'last_activity_at', 'created_at', 'updated_at', 'staff_resolved_at', 'staff_resolved_case_id'],
      *encode(w) {
        const C = ids.categories.bytes;
        for (const t of ids.threadOrder) {
          w.row(21).uuid(TH, th(t)).text(ids.slugs[t.idx]).uuid(C, t.category * 16).uuid(U, u(t.author)).text(t.title).text(t.body).paragraph(t.body).text(t.status);
          if (t.accepted && replica) w.uuid(AN, an(t.accepted));
          else w.null();
          w.int4(t.score).int4(t.answers.length).int4(t.comments.length).int8(t.views).bool(t.hasExpertAnswer)
            .tsOrNull(t.firstAnsweredAt).tsOrNull(t.solvedAt).ts(t.lastActivityAt).ts(t.at).ts(t.at).tsOrNull(t.staffResolvedAt);
          if (t.staffResolvedCase && replica) w.uuid(ids.cases.bytes, t.staffResolvedCase.idx * 16);
          else w.null();
          if (t.idx % EVERY === 0) yield;
        }
      },
    },
    {
      table: 'answers',
      columns: ['id', 'thread_id', 'author_id', 'body', 'body_html', 'score', 'is_expert', 'is_staff', 'comment_count', 'created_at', 'updated_at'],
      *encode(w) {
        for (const a of ids.answerOrder) {
          const body = answerBody(a);
          w.row(11).uuid(AN, an(a)).uuid(TH, th(a.thread)).uuid(U, u(a.author)).text(body).paragraph(body).int4(a.score).bool(a.expert).bool(a.staff)
            .int4(a.comments.length).ts(a.at).ts(a.at);
          if (a.idx % EVERY === 0) yield;
        }
      },
    },
    {
      table: 'comments',
      columns: ['id', 'thread_id', 'answer_id', 'author_id', 'body', 'body_html', 'created_at', 'updated_at'],
      *encode(w) {
        for (const { c, thread, answer } of ids.commentOrder) {
          w.row(8).uuid(ids.comments.bytes, c.idx * 16).uuid(TH, th(thread));
          if (answer) w.uuid(AN, an(answer));
          else w.null();
          w.uuid(U, u(c.author)).text(c.body).paragraph(c.body).ts(c.at).ts(c.at);
          if (c.idx % EVERY === 0) yield;
        }
      },
    },
    {
      table: 'thread_tags',
      columns: ['thread_id', 'tag_id'],
      *encode(w) {
        const G = ids.tags.bytes;
        const hexOf = plan.tags.map((_, k) => ids.tags.hex(k));
        for (const t of ids.threadOrder) {
          for (const k of [...new Set(t.tags)].sort((a, b) => (hexOf[a] < hexOf[b] ? -1 : 1))) w.row(2).uuid(TH, th(t)).uuid(G, k * 16);
          if (t.idx % EVERY === 0) yield;
        }
      },
    },
    {
      table: 'votes',
      columns: ['post_id', 'voter_id', 'post_kind', 'author_id', 'value', 'created_at'],
      *encode(w) {
        const { votes } = plan;
        // Votes grouped by post (counting sort), posts in id order, voters in id order.
        const start = new Int32Array(T + plan.answers.length + 1);
        for (let i = 0; i < votes.n; i++) start[votes.post[i] + 1]++;
        for (let p = 0; p < T + plan.answers.length; p++) start[p + 1] += start[p];
        const fill = start.slice(0, -1);
        const byPost = new Int32Array(votes.n);
        for (let i = 0; i < votes.n; i++) byPost[fill[votes.post[i]]++] = i;
        for (let k = 0; k < ids.posts.length; k++) {
          const p = ids.posts[k];
          const from = start[p];
          const to = start[p + 1];
          if (from === to) continue;
          // Voters in id order: insertion sort of the post's few votes, in place.
          for (let a = from + 1; a < to; a++) {
            const x = byPost[a];
            let b = a - 1;
            while (b >= from && ids.userPos[votes.voter[byPost[b]]] > ids.userPos[votes.voter[x]]) byPost[b + 1] = byPost[b--];
            byPost[b + 1] = x;
          }
          const post = postOf(p);
          const question = p < T;
          const pool = question ? TH : AN;
          const off = question ? th(post as Thread) : an(post as Answer);
          const kind = question ? 'QUESTION' : 'ANSWER';
          for (let a = from; a < to; a++) {
            const i = byPost[a];
            w.row(6).uuid(pool, off).uuid(U, u(votes.voter[i])).text(kind).uuid(U, u(post.author)).int2(votes.value[i]).ts(votes.at[i]);
          }
          if (k % EVERY === 0) yield;
        }
      },
    },
    {
      table: 'revisions',
      columns: ['id', 'post_kind', 'post_id', 'number', 'editor_id', 'reason', 'title', 'body', 'tags', 'created_at'],
      *encode(w) {
        for (let k = 0; k < ids.posts.length; k++) {
          const post = postOf(ids.posts[k]);
          w.row(10).uuid(ids.revisions.bytes, k * 16);
          if (isThread(post)) {
            w.text('QUESTION').uuid(TH, th(post)).int4(1).uuid(U, u(post.author)).text('asked').text(post.title).text(post.body).textArray([...new Set(post.tags.map((g) => plan.tags[g]))].sort()).ts(post.at);
          } else {
            w.text('ANSWER').uuid(AN, an(post)).int4(1).uuid(U, u(post.author)).text('answered').null().text(answerBody(post)).null().ts(post.at);
          }
          if (k % EVERY === 0) yield;
        }
      },
    },
    {
      table: 'reputation_events',
      columns: ['id', 'user_id', 'kind', 'points', 'post_kind', 'post_id', 'thread_id', 'actor_id', 'cap_day', 'created_at'],
      *encode(w) {
        const ledger = set.ledger();
        // Grouped by member and cap day, in time order within: the partial index on (user_id,
        // cap_day), which stays during the COPY (its definition does not round-trip), then grows at
        // its right edge. Ids follow this order, so a member's events still number in time order.
        const order = memberOrder(ledger, ids.userPos);
        for (let k = 0; k < order.length; k++) {
          const i = order[k];
          const post = postOf(ledger.post[i]);
          const thread = threadOf(post);
          w.row(10).int8(ids.ledgerBase + k + 1).uuid(U, u(ledger.user[i])).text(LEDGER_KINDS[ledger.kind[i]]).int4(ledger.points[i]);
          if (isThread(post)) w.text('QUESTION').uuid(TH, th(post));
          else w.text('ANSWER').uuid(AN, an(post));
          w.uuid(TH, th(thread)).uuid(U, u(ledger.actor[i])).date(ledger.at[i]).ts(ledger.at[i]);
          if (k % EVERY === 0) yield;
        }
      },
    },
    {
      table: 'thread_follows',
      columns: ['thread_id', 'user_id', 'following', 'source', 'created_at', 'updated_at'],
      *encode(w) {
        const rng = seededRandom(plan.seed ^ 0xf011);
        // The asker, then each answerer once (answers are in time order: their first answer), by user id.
        const who: number[] = [];
        const when: number[] = [];
        for (const t of ids.threadOrder) {
          who.length = 0;
          when.length = 0;
          who.push(t.author);
          when.push(t.at);
          for (const a of t.answers) {
            if (who.includes(a.author)) continue;
            let k = who.length;
            while (k > 0 && ids.userPos[who[k - 1]] > ids.userPos[a.author]) k--;
            who.splice(k, 0, a.author);
            when.splice(k, 0, a.at);
          }
          for (let k = 0; k < who.length; k++) {
            // A few members switched the follow off later (the source stays).
            const off = rng() < 0.02 ? Math.floor(Math.min(now, when[k] + 3 * 86_400_000 * rng())) : null;
            w.row(6).uuid(TH, th(t)).uuid(U, u(who[k])).bool(off === null).text(who[k] === t.author ? 'ASKED' : 'ANSWERED').ts(when[k]).ts(off ?? when[k]);
          }
          if (t.idx % EVERY === 0) yield;
        }
      },
    },
    {
      table: 'expert_certifications',
      columns: ['id', 'user_id', 'category_id', 'granted_by', 'granted_at', 'expires_at', 'revoked_at', 'revoked_by'],
      encode(w) {
        plan.certifications.forEach((c, k) => {
          w.row(8).uuid(ids.certifications.bytes, k * 16).uuid(U, u(c.user)).uuid(ids.categories.bytes, c.category * 16).uuid(U, u(c.grantedBy)).ts(c.grantedAt).tsOrNull(c.expiresAt).tsOrNull(c.revokedAt);
          if (c.revokedBy === null) w.null();
          else w.uuid(U, u(c.revokedBy));
        });
      },
    },
    ...webcareLoads(plan, webcare, ids),
    ...moderationLoads(plan, moderation, ids),
    ...knowledgeLoads(set),
    {
      table: 'webcare_thread_timers',
      columns: ['thread_id', 'next_due_at', 'swept_until', 'complaint_detected_at', 'complaint_score', 'complaint_phrases', 'updated_at'],
      *encode(w) {
        // Swept up to now; a thread still inside a window keeps its next due time for the live sweep.
        const horizon = now - 4 * 86_400_000;
        for (const t of ids.threadOrder) {
          let next: number | null = null;
          if (t.at > horizon) {
            const community = t.answers.filter((a) => a.author !== t.author).map((a) => a.at);
            const official = t.answers.filter((a) => a.expert || a.staff).map((a) => a.at);
            const due = threadEscalationDueTimes(
              {
                askedAt: new Date(t.at),
                firstAnswerAt: community.length ? new Date(Math.min(...community)) : null,
                acceptedAnswerAt: t.solvedAt !== null ? new Date(t.solvedAt) : null,
                complaintDetectedAt: t.complaint ? new Date(t.at) : null,
                firstOfficialAnswerAt: official.length ? new Date(Math.min(...official)) : null,
              },
              webcare.policyOf(t),
            ).find((d) => d.dueAt.getTime() > now);
            next = due ? due.dueAt.getTime() : null;
          }
          w.row(7).uuid(TH, th(t)).tsOrNull(next).ts(now).tsOrNull(t.complaint ? t.at : null);
          if (t.complaint) w.float4(t.complaint.score).textArray(t.complaint.phrases);
          else w.null().textArray([]);
          w.ts(now);
          if (t.idx % EVERY === 0) yield;
        }
      },
    },
  ];
  // The small tables first (the analytics rollup can start early), then the large ones, largest
  // first, so that the sessions finish together.
  const large = ['reputation_events', 'revisions', 'votes', 'thread_follows', 'comments', 'thread_tags', 'webcare_thread_timers'];
  const ordered = [...loads.filter((l) => !large.includes(l.table)), ...large.map((t) => loads.find((l) => l.table === t)!)];
  return replica ? [...ordered, usersLoad] : [usersLoad, ...ordered];
}

function webcareLoads(plan: Plan, webcare: Webcare, ids: Ids): TableLoad[] {
  const U = ids.users.bytes;
  const u = (i: number) => i * 16;
  const C = () => ids.cases.bytes;
  const team = (k: number) => k * 16;
  const TM = ids.teams.bytes;
  const uOrNull = (w: Parameters<TableLoad['encode']>[0], i: number | null) => (i === null ? w.null() : w.uuid(U, u(i)));
  const teamOrNull = (w: Parameters<TableLoad['encode']>[0], k: number | null) => (k === null ? w.null() : w.uuid(TM, team(k)));
  const cases = webcare.cases;
  return [
    {
      table: 'webcare_teams',
      columns: ['id', 'name', 'description', 'created_at', 'updated_at'],
      encode(w) {
        webcare.teams.forEach((t, k) => w.row(5).uuid(TM, team(k)).text(t.name).text(t.description).ts(t.at).ts(t.at));
      },
    },
    {
      table: 'webcare_team_members',
      columns: ['team_id', 'user_id', 'added_at'],
      encode(w) {
        webcare.teams.forEach((t, k) => {
          for (const m of [...t.members].sort((a, b) => ids.userPos[a] - ids.userPos[b])) w.row(3).uuid(TM, team(k)).uuid(U, u(m)).ts(Math.max(t.at, plan.users.joinAt[m]));
        });
      },
    },
    {
      table: 'webcare_sla_policies',
      columns: ['id', 'name', 'community_window_seconds', 'resolution_window_seconds', 'complaint_window_seconds', 'priorities', 'created_at', 'updated_at'],
      encode(w) {
        webcare.policies.forEach((p, k) =>
          w.row(8).uuid(ids.policies.bytes, k * 16).text(p.name).int4(p.policy.communityWindowSeconds).int4(p.policy.resolutionWindowSeconds).int4(p.policy.complaintWindowSeconds)
            .jsonb(JSON.stringify(p.policy.priorities)).ts(p.at).ts(p.at),
        );
      },
    },
    {
      table: 'webcare_category_routing',
      columns: ['category_id', 'team_id', 'policy_id', 'updated_by', 'updated_at'],
      encode(w) {
        for (const r of webcare.routing) {
          w.row(5).uuid(ids.categories.bytes, r.category * 16).uuid(TM, team(r.team));
          if (r.policy === null) w.null();
          else w.uuid(ids.policies.bytes, r.policy * 16);
          w.uuid(U, u(plan.admins[0])).ts(r.at);
        }
      },
    },
    {
      table: 'webcare_cases',
      columns: ['id', 'thread_id', 'member_id', 'category_id', 'team_id', 'priority', 'status', 'assignee_id', 'is_private', 'first_response_seconds', 'resolution_seconds',
        'first_response_due_at', 'resolution_due_at', 'paused_since', 'first_responded_at', 'resolved_at', 'resolved_by', 'resolution_note', 'transfer_count', 'rating',
        'rating_comment', 'rated_at', 'first_response_breached_at', 'resolution_breached_at', 'created_at', 'updated_at'],
      encode(w) {
        for (const c of cases) {
          w.row(26).uuid(C(), c.idx * 16).uuid(ids.threads.bytes, c.thread.idx * 16).uuid(U, u(c.thread.author)).uuid(ids.categories.bytes, c.thread.category * 16).uuid(TM, team(c.team))
            .text(c.priority).text(c.status);
          uOrNull(w, c.assignee).bool(c.isPrivate).int4(c.firstResponseSeconds).int4(c.resolutionSeconds).ts(c.firstResponseDueAt).ts(c.resolutionDueAt)
            .tsOrNull(c.pausedSince).tsOrNull(c.firstRespondedAt).tsOrNull(c.resolvedAt);
          uOrNull(w, c.resolvedBy).textOrNull(c.resolutionNote).int4(c.transferCount);
          if (c.rating === null) w.null();
          else w.int2(c.rating);
          w.textOrNull(c.ratingComment).tsOrNull(c.ratedAt).tsOrNull(c.firstResponseBreachedAt).tsOrNull(c.resolutionBreachedAt).ts(c.createdAt).ts(c.updatedAt);
        }
      },
    },
    {
      table: 'webcare_case_reasons',
      columns: ['case_id', 'thread_id', 'kind', 'priority', 'detail', 'actor_id', 'dedupe_key', 'created_at'],
      encode(w) {
        for (const c of cases) {
          for (const r of c.reasons) {
            w.row(8).uuid(C(), c.idx * 16).uuid(ids.threads.bytes, c.thread.idx * 16).text(r.kind).text(r.priority).text(r.detail.slice(0, 1000));
            uOrNull(w, r.actor);
            const key = r.due !== null ? `timer:${ids.threads.hex(c.thread.idx)}:${r.kind}:${new Date(r.due).toISOString()}` : r.flag ? `flag:${ids.flags.hex(r.flag.idx)}` : null;
            w.textOrNull(key).ts(r.at);
          }
        }
      },
    },
    {
      table: 'webcare_case_status_changes',
      columns: ['case_id', 'status', 'actor_id', 'at'],
      encode(w) {
        for (const c of cases) for (const h of c.history) uOrNull(w.row(4).uuid(C(), c.idx * 16).text(h.status), h.actor).ts(h.at);
      },
    },
    {
      table: 'webcare_case_assignments',
      columns: ['case_id', 'kind', 'from_assignee_id', 'to_assignee_id', 'from_team_id', 'to_team_id', 'actor_id', 'note', 'created_at'],
      encode(w) {
        for (const c of cases) {
          for (const a of c.assignments) {
            w.row(9).uuid(C(), c.idx * 16).text(a.kind);
            uOrNull(w, a.fromAssignee);
            uOrNull(w, a.toAssignee);
            teamOrNull(w, a.fromTeam);
            teamOrNull(w, a.toTeam);
            w.uuid(U, u(a.actor)).text(a.note).ts(a.at);
          }
        }
      },
    },
    {
      table: 'webcare_case_notes',
      columns: ['case_id', 'author_id', 'body', 'created_at'],
      encode(w) {
        for (const c of cases) for (const n of c.notes) w.row(4).uuid(C(), c.idx * 16).uuid(U, u(n.author)).text(n.body).ts(n.at);
      },
    },
    {
      table: 'webcare_case_messages',
      columns: ['case_id', 'author_id', 'from_staff', 'body', 'created_at'],
      encode(w) {
        for (const c of cases) for (const m of c.messages) w.row(5).uuid(C(), c.idx * 16).uuid(U, u(m.author)).bool(m.fromStaff).text(m.body).ts(m.at);
      },
    },
    {
      table: 'webcare_saved_replies',
      columns: ['id', 'team_id', 'title', 'body', 'created_by', 'created_at', 'updated_at'],
      encode(w) {
        webcare.savedReplies.forEach((r, k) => {
          const at = Math.max(r.at, plan.users.joinAt[r.author]);
          w.row(7).uuid(ids.savedReplies.bytes, k * 16).uuid(TM, team(r.team)).text(r.title).text(r.body).uuid(U, u(r.author)).ts(at).ts(at);
        });
      },
    },
    {
      table: 'webcare_contacts',
      columns: ['member_id', 'channel', 'summary', 'case_id', 'logged_by', 'created_at'],
      encode(w) {
        const rows = [
          ...webcare.contacts.map((x) => ({ ...x, case: null as number | null })),
          ...cases.flatMap((c) => c.contacts.map((x) => ({ ...x, member: c.thread.author, case: c.idx as number | null }))),
        ].sort((a, b) => a.at - b.at);
        for (const x of rows) {
          w.row(6).uuid(U, u(x.member)).text(x.channel).text(x.summary);
          if (x.case === null) w.null();
          else w.uuid(C(), x.case * 16);
          w.uuid(U, u(x.loggedBy)).ts(x.at);
        }
      },
    },
  ];
}

function moderationLoads(plan: Plan, m: Moderation, ids: Ids): TableLoad[] {
  const U = ids.users.bytes;
  const u = (i: number) => i * 16;
  const postId = (w: Parameters<TableLoad['encode']>[0], post: Thread | Answer) => ('title' in post ? w.uuid(ids.threads.bytes, post.idx * 16) : w.uuid(ids.answers.bytes, post.idx * 16));
  return [
    {
      table: 'review_items',
      columns: ['id', 'post_kind', 'post_id', 'thread_id', 'category_id', 'author_id', 'status', 'weight', 'version', 'created_at', 'updated_at', 'resolved_at', 'resolved_by'],
      encode(w) {
        for (const x of m.items) {
          w.row(13).uuid(ids.items.bytes, x.idx * 16).text(x.postKind);
          postId(w, x.post)
            .uuid(ids.threads.bytes, x.thread.idx * 16).uuid(ids.categories.bytes, x.thread.category * 16).uuid(U, u(x.post.author)).text(x.status)
            .numeric2(x.flags.reduce((s, f) => s + f.weight, 0)).int4(1 + x.flags.length + (x.resolvedAt !== null ? 1 : 0)).ts(x.at).ts(x.updatedAt).tsOrNull(x.resolvedAt);
          if (x.resolvedBy === null) w.null();
          else w.uuid(U, u(x.resolvedBy));
        }
      },
    },
    {
      table: 'review_item_history',
      columns: ['review_item_id', 'status', 'action', 'actor_id', 'note', 'created_at'],
      encode(w) {
        for (const x of m.items) {
          for (const h of x.history) {
            w.row(6).uuid(ids.items.bytes, x.idx * 16).text(h.status).text(h.action);
            if (h.actor === null) w.null();
            else w.uuid(U, u(h.actor));
            w.textOrNull(h.note).ts(h.at);
          }
        }
      },
    },
    {
      table: 'flags',
      columns: ['id', 'review_item_id', 'post_kind', 'post_id', 'thread_id', 'flagger_id', 'reason', 'duplicate_of_id', 'comment', 'weight', 'status', 'created_at', 'resolved_at'],
      encode(w) {
        for (const f of m.flags) {
          w.row(13).uuid(ids.flags.bytes, f.idx * 16).uuid(ids.items.bytes, f.item.idx * 16).text(f.item.postKind);
          postId(w, f.item.post).uuid(ids.threads.bytes, f.item.thread.idx * 16).uuid(U, u(f.flagger)).text(f.reason);
          if (f.duplicateOf) w.uuid(ids.threads.bytes, f.duplicateOf.idx * 16);
          else w.null();
          w.textOrNull(f.comment).numeric2(f.weight).text(f.status).ts(f.at).tsOrNull(f.resolvedAt);
        }
      },
    },
    {
      table: 'moderation_audit',
      columns: ['actor_id', 'action', 'target_kind', 'target_id', 'thread_id', 'category_id', 'reason', 'after', 'public', 'created_at'],
      encode(w) {
        const decided = m.items.filter((x) => x.resolvedAt !== null).sort((a, b) => a.resolvedAt! - b.resolvedAt!);
        for (const x of decided) {
          const agree = x.status === 'APPROVED';
          w.row(10).uuid(U, u(x.resolvedBy!)).text(agree ? 'review_agree' : 'review_dismiss').text('review_item').uuid(ids.items.bytes, x.idx * 16)
            .uuid(ids.threads.bytes, x.thread.idx * 16).uuid(ids.categories.bytes, x.thread.category * 16).text(`flags ${agree ? 'upheld' : 'dismissed'}`)
            .jsonb(JSON.stringify({ action: 'NONE', flags: x.flags.length })).bool(false).ts(x.resolvedAt!);
        }
      },
    },
  ];
}

function knowledgeLoads(set: PlannedDataSet): TableLoad[] {
  const { knowledge: k, ids } = set;
  const U = ids.users.bytes;
  const u = (i: number) => i * 16;
  const A = () => ids.articles.bytes;
  return [
    {
      table: 'knowledge_articles',
      columns: ['id', 'slug', 'category_id', 'source_thread_id', 'author_id', 'title', 'body', 'body_html', 'tags', 'version', 'status', 'created_at', 'updated_at'],
      encode(w) {
        for (const a of k.articles) {
          w.row(13).uuid(A(), a.idx * 16).text(a.slug).uuid(ids.categories.bytes, a.category * 16);
          if (a.source) w.uuid(ids.threads.bytes, a.source.idx * 16);
          else w.null();
          w.uuid(U, u(a.author)).text(a.title).text(a.body).text(a.bodyHtml).textArray(a.tags).int4(a.versions.length).text(a.hidden ? 'HIDDEN' : 'PUBLISHED').ts(a.at).ts(a.updatedAt);
        }
      },
    },
    {
      table: 'knowledge_article_versions',
      columns: ['article_id', 'number', 'editor_id', 'reason', 'title', 'body', 'tags', 'created_at'],
      encode(w) {
        for (const a of k.articles) for (const v of a.versions) w.row(8).uuid(A(), a.idx * 16).int4(v.number).uuid(U, u(v.editor)).text(v.reason).text(v.title).text(v.body).textArray(v.tags).ts(v.at);
      },
    },
    {
      table: 'search_events',
      columns: ['kind', 'query', 'normalized', 'filters', 'result_count', 'viewer_id', 'session_key', 'created_at'],
      *encode(w) {
        let n = 0;
        for (const e of set.searches()) {
          const text = e.query.trim().slice(0, 500);
          w.row(8).text(e.kind).text(text).text(text.toLowerCase().replace(/\s+/g, ' ')).jsonb(e.filters).int4(e.results);
          if (e.viewer === null) w.null();
          else w.uuid(U, u(e.viewer));
          w.text(e.session).ts(e.at);
          if (++n % 2000 === 0) yield;
        }
      },
    },
    {
      table: 'suggestion_events',
      columns: ['session_key', 'user_id', 'event', 'suggestion_ids', 'opened_id', 'thread_id', 'created_at'],
      *encode(w) {
        let n = 0;
        for (const e of set.suggestions()) {
          w.row(7).text(e.session);
          if (e.user === null) w.null();
          else w.uuid(U, u(e.user));
          w.text(e.event).uuidArray(ids.threads.bytes, e.suggestions.map((t) => t.idx * 16));
          if (e.opened) w.uuid(ids.threads.bytes, e.opened.idx * 16);
          else w.null();
          if (e.thread) w.uuid(ids.threads.bytes, e.thread.idx * 16);
          else w.null();
          w.ts(e.at);
          if (++n % 2000 === 0) yield;
        }
      },
    },
  ];
}
