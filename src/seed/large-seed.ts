import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { COMMENTS, LARGE_CATEGORIES, LARGE_TAGS, answerText, question, seededRandom } from './large-text.js';

export interface LargeSeedOptions {
  threads: number;
  /** Argon2 hash every generated member gets (one hash: hashing 50,000 passwords would take minutes). */
  passwordHash: string;
  now: Date;
  log: (line: string) => void;
}

type Cell = string | number | boolean | null;
const DAY = 86400_000;
const YEARS_3 = 3 * 365 * DAY;

// COPY's text format: tab-separated, \N for NULL, backslash escapes.
const cell = (v: Cell): string => (v === null ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));

async function copy(db: Client, table: string, columns: string[], rows: Iterable<Cell[]>): Promise<number> {
  let n = 0;
  function* lines() {
    let chunk = '';
    for (const row of rows) {
      chunk += row.map(cell).join('\t') + '\n';
      n++;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  return n;
}

const html = (s: string) => `<p>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>\n`;
const iso = (ms: number) => new Date(ms).toISOString();

interface Post {
  id: string;
  author: number;
  at: number;
  score: number;
}
interface Thread extends Post {
  category: number;
  title: string;
  body: string;
  answers: Answer[];
  accepted: Answer | null;
}
interface Answer extends Post {
  body: string;
  expert: boolean;
  comments: number;
}

/**
 * Builds a community in memory, then writes every table once with COPY: members (threads / 2),
 * threads over three years with power-law activity, ~5 answers per thread, comments, votes that
 * agree with scores, accepted answers, experts, a reputation ledger (with the daily cap) that
 * agrees with reputations, revisions, tags and a few flags. Nothing is updated after insertion.
 */
export async function loadLargeDataSet(db: Client, opts: LargeSeedOptions): Promise<Record<string, number>> {
  const rng = seededRandom(20261125);
  const now = opts.now.getTime();
  const started = Date.now();
  const lap = (name: string) => opts.log(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // --- plan -------------------------------------------------------------------------------
  const memberCount = Math.max(10, Math.floor(opts.threads / 2));
  const members = Array.from({ length: memberCount }, (_, i) => ({ id: randomUUID(), at: now - YEARS_3 * rng(), points: 0, n: i + 1 }));
  const someone = () => Math.floor(memberCount * rng() ** 3); // a few members write most posts
  const experts = LARGE_CATEGORIES.map((_, c) => new Set([2 * c + 1, 2 * c + 2]));

  const threads: Thread[] = [];
  for (let i = 0; i < opts.threads; i++) {
    const q = question(rng);
    const category = Math.floor(LARGE_CATEGORIES.length * rng() ** 1.4);
    threads.push({ id: randomUUID(), author: someone(), at: now - YEARS_3 * rng() ** 1.5, score: 0, category, title: q.title.slice(0, 150), body: q.body, answers: [], accepted: null });
  }
  // Heavy-tailed answer counts averaging five; about one thread in eight stays unanswered.
  const target = opts.threads * 5;
  let planned = 0;
  for (const t of threads) {
    const count = rng() < 0.12 ? 0 : Math.min(150, Math.round(2.2 * rng() ** -0.6 + 3 * rng()));
    for (let k = 0; k < count && planned < target; k++, planned++) {
      const author = someone();
      t.answers.push({ id: randomUUID(), author, at: Math.min(now, t.at + 48 * 3600_000 * rng() ** 2), score: 0, body: answerText(rng), expert: experts[t.category].has(author), comments: rng() < 0.4 ? 1 : 0 });
    }
  }
  for (let i = 0; planned < target; i = (i + 1) % threads.length, planned++) {
    const t = threads[i];
    const author = someone();
    t.answers.push({ id: randomUUID(), author, at: Math.min(now, t.at + 48 * 3600_000 * rng()), score: 0, body: answerText(rng), expert: experts[t.category].has(author), comments: 0 });
  }

  // Votes: distinct voters per post, never the author; scores are their sum.
  const votes: Array<{ post: Post; kind: 'QUESTION' | 'ANSWER'; voter: number; value: number; at: number }> = [];
  const castVotes = (post: Post, kind: 'QUESTION' | 'ANSWER', max: number, downShare: number) => {
    const n = Math.floor(max * rng() ** 3);
    const seen = new Set<number>([post.author]);
    for (let k = 0; k < n; k++) {
      const voter = Math.floor(memberCount * rng());
      if (seen.has(voter)) continue;
      seen.add(voter);
      const value = rng() < downShare ? -1 : 1;
      post.score += value;
      votes.push({ post, kind, voter, value, at: Math.min(now, post.at + 10 * DAY * rng()) });
    }
  };
  for (const t of threads) {
    castVotes(t, 'QUESTION', 6, 0.05);
    for (const a of t.answers) castVotes(a, 'ANSWER', 8, 0.08);
  }
  // Most askers accept the best answer that is not their own.
  for (const t of threads) {
    if (rng() >= 0.55) continue;
    const best = t.answers.filter((a) => a.author !== t.author).sort((x, y) => y.score - x.score || x.at - y.at)[0];
    if (best) t.accepted = best;
  }

  // The ledger, as the live system would have written it, with the +200 daily vote cap.
  const ledger: Array<{ user: number; kind: string; points: number; postKind: string; post: string; thread: string | null; actor: number; at: number }> = [];
  const earned = new Map<string, number>();
  const threadOf = new Map<string, string>();
  for (const t of threads) for (const a of t.answers) threadOf.set(a.id, t.id);
  for (const v of [...votes].sort((x, y) => x.at - y.at)) {
    if (v.value === 1) {
      const key = `${v.post.author}:${Math.floor(v.at / DAY)}`;
      const so = earned.get(key) ?? 0;
      const points = Math.max(0, Math.min(10, 200 - so));
      earned.set(key, so + points);
      ledger.push({ user: v.post.author, kind: v.kind === 'QUESTION' ? 'question_upvoted' : 'answer_upvoted', points, postKind: v.kind, post: v.post.id, thread: null, actor: v.voter, at: v.at });
    } else {
      ledger.push({ user: v.post.author, kind: 'post_downvoted', points: -2, postKind: v.kind, post: v.post.id, thread: null, actor: v.voter, at: v.at });
      if (v.kind === 'ANSWER') ledger.push({ user: v.voter, kind: 'downvoted_answer', points: -1, postKind: v.kind, post: v.post.id, thread: null, actor: v.voter, at: v.at });
    }
  }
  for (const t of threads) {
    const a = t.accepted;
    if (!a) continue;
    const at = Math.min(now, a.at + DAY);
    ledger.push({ user: a.author, kind: 'answer_accepted', points: 15, postKind: 'ANSWER', post: a.id, thread: t.id, actor: t.author, at });
    if (a.expert) ledger.push({ user: a.author, kind: 'expert_answer_accepted', points: 5, postKind: 'ANSWER', post: a.id, thread: t.id, actor: t.author, at });
    ledger.push({ user: t.author, kind: 'accepted_an_answer', points: 2, postKind: 'ANSWER', post: a.id, thread: t.id, actor: t.author, at });
  }
  for (const e of ledger) members[e.user].points += e.points;
  lap('planned');

  // --- write ------------------------------------------------------------------------------
  await db.query('BEGIN');
  await db.query(`SET LOCAL synchronous_commit = off`);
  // Keys are right by construction; without their triggers the load is much faster. Needs a
  // superuser (the embedded server's user is one); elsewhere the checks simply run.
  await db.query(`SAVEPOINT fk`);
  const unchecked = await db.query(`SET LOCAL session_replication_role = replica`).then(
    async () => (await db.query(`RELEASE SAVEPOINT fk`), true),
    async () => (await db.query(`ROLLBACK TO SAVEPOINT fk`), false),
  );

  for (const [i, [slug, name]] of LARGE_CATEGORIES.entries()) {
    await db.query(`INSERT INTO categories (slug, name, description, position, created_at, updated_at) VALUES ($1, $2, '', $3, $4, $4) ON CONFLICT (slug) DO NOTHING`, [slug, name, 100 + i, iso(now)]);
  }
  const categoryIds: string[] = (await db.query(`SELECT id, slug FROM categories WHERE slug = ANY($1)`, [LARGE_CATEGORIES.map((c) => c[0])])).rows
    .sort((x, y) => LARGE_CATEGORIES.findIndex((c) => c[0] === x.slug) - LARGE_CATEGORIES.findIndex((c) => c[0] === y.slug))
    .map((r) => r.id);
  await db.query(`INSERT INTO tags (name, created_at) SELECT unnest($1::text[]), $2 ON CONFLICT (name) DO NOTHING`, [LARGE_TAGS, iso(now)]);
  const tagIds: string[] = (await db.query(`SELECT id FROM tags WHERE name = ANY($1)`, [LARGE_TAGS])).rows.map((r) => r.id);

  const mid = (i: number) => members[i].id;
  await copy(db, 'users', ['id', 'email', 'display_name', 'password_hash', 'role', 'reputation_points', 'created_at', 'updated_at'],
    members.map((m) => [m.id, `load${m.n}@voltaro.test`, `load_${m.n}`, opts.passwordHash, 'MEMBER', m.points, iso(m.at), iso(m.at)]));
  lap('members');

  const status = (t: Thread) => (t.accepted ? 'SOLVED' : t.answers.length ? 'ANSWERED' : 'OPEN');
  await copy(db, 'threads', ['id', 'slug', 'category_id', 'author_id', 'title', 'body', 'body_html', 'status', 'accepted_answer_id', 'score', 'answer_count', 'comment_count',
    'has_expert_answer', 'first_answered_at', 'solved_at', 'last_activity_at', 'created_at', 'updated_at'],
  (function* () {
    for (const t of threads) {
      const times = t.answers.map((a) => a.at);
      yield [t.id, `${t.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').slice(0, 70)}-${t.id.slice(0, 8)}`, categoryIds[t.category], mid(t.author), t.title, t.body, html(t.body),
        status(t), unchecked && t.accepted ? t.accepted.id : null, t.score, t.answers.length, 0, t.answers.some((a) => a.expert),
        times.length ? iso(Math.min(...times)) : null, t.accepted ? iso(Math.min(now, t.accepted.at + DAY)) : null, iso(Math.max(t.at, ...times)), iso(t.at), iso(t.at)];
    }
  })());
  lap('threads');

  await copy(db, 'answers', ['id', 'thread_id', 'author_id', 'body', 'body_html', 'score', 'is_expert', 'comment_count', 'created_at', 'updated_at'],
    (function* () {
      for (const t of threads) for (const a of t.answers) yield [a.id, t.id, mid(a.author), a.body, html(a.body), a.score, a.expert, a.comments, iso(a.at), iso(a.at)];
    })());
  lap('answers');
  if (!unchecked) {
    await db.query(`CREATE TEMP TABLE accepted (thread_id uuid, answer_id uuid)`);
    await copy(db, 'accepted', ['thread_id', 'answer_id'], threads.filter((t) => t.accepted).map((t) => [t.id, t.accepted!.id]));
    await db.query(`UPDATE threads t SET accepted_answer_id = x.answer_id FROM accepted x WHERE t.id = x.thread_id`);
  }

  await copy(db, 'comments', ['thread_id', 'answer_id', 'author_id', 'body', 'body_html', 'created_at', 'updated_at'],
    (function* () {
      for (const t of threads) {
        for (const a of t.answers) {
          if (!a.comments) continue;
          const body = COMMENTS[Math.floor(rng() * COMMENTS.length)];
          const at = iso(Math.min(now, a.at + 2 * 3600_000));
          yield [t.id, a.id, mid(Math.floor(memberCount * rng())), body, html(body), at, at];
        }
      }
    })());
  await copy(db, 'thread_tags', ['thread_id', 'tag_id'],
    (function* () {
      for (const t of threads) {
        const picked = new Set<string>();
        const n = 1 + Math.floor(rng() * 3);
        for (let k = 0; k < n; k++) picked.add(tagIds[Math.floor(rng() * tagIds.length)]);
        for (const tag of picked) yield [t.id, tag];
      }
    })());
  await db.query(`UPDATE tags g SET thread_count = (SELECT count(*) FROM thread_tags tt WHERE tt.tag_id = g.id) WHERE g.name = ANY($1)`, [LARGE_TAGS]);
  lap('comments and tags');

  await copy(db, 'votes', ['post_id', 'voter_id', 'post_kind', 'author_id', 'value', 'created_at'], votes.map((v) => [v.post.id, mid(v.voter), v.kind, mid(v.post.author), v.value, iso(v.at)]));
  lap('votes');
  await copy(db, 'reputation_events', ['user_id', 'kind', 'points', 'post_kind', 'post_id', 'thread_id', 'actor_id', 'cap_day', 'created_at'],
    ledger.map((e) => [mid(e.user), e.kind, e.points, e.postKind, e.post, e.thread ?? threadOf.get(e.post) ?? e.post, mid(e.actor), iso(e.at).slice(0, 10), iso(e.at)]));
  lap('reputation ledger');

  await copy(db, 'expert_certifications', ['user_id', 'category_id', 'granted_by', 'granted_at'],
    experts.flatMap((set, c) => [...set].map((m) => [mid(m), categoryIds[c], mid(m), iso(now - 400 * DAY)])));
  await copy(db, 'revisions', ['post_kind', 'post_id', 'number', 'editor_id', 'reason', 'title', 'body', 'created_at'],
    (function* () {
      for (const t of threads) {
        yield ['QUESTION', t.id, 1, mid(t.author), 'asked', t.title, t.body, iso(t.at)];
        for (const a of t.answers) yield ['ANSWER', a.id, 1, mid(a.author), 'answered', null, a.body, iso(a.at)];
      }
    })());
  lap('experts and revisions');

  // A few pending flags for the review queue: one answer in a thousand.
  const flagged = threads.flatMap((t) => t.answers.filter(() => rng() < 0.001).map((a) => ({ t, a })));
  for (const { t, a } of flagged) {
    const [item] = (await db.query(
      `INSERT INTO review_items (post_kind, post_id, thread_id, category_id, author_id, weight, created_at, updated_at) VALUES ('ANSWER', $1, $2, $3, $4, 1, $5, $5) RETURNING id`,
      [a.id, t.id, categoryIds[t.category], mid(a.author), iso(now)],
    )).rows;
    await db.query(`INSERT INTO flags (review_item_id, post_kind, post_id, thread_id, flagger_id, reason, weight, created_at) VALUES ($1, 'ANSWER', $2, $3, $4, 'SPAM', 1, $5)`, [
      item.id, a.id, t.id, mid((a.author + 1) % memberCount), iso(now),
    ]);
  }
  await db.query('COMMIT');
  lap('committed');
  await db.query('ANALYZE users, threads, answers, comments, votes, reputation_events, thread_tags, revisions');
  lap('analyzed');
  return {
    users: members.length,
    threads: threads.length,
    answers: planned,
    votes: votes.length,
    ledger: ledger.length,
    solved: threads.filter((t) => t.accepted).length,
    flags: flagged.length,
  };
}
