import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { COMMENTS, LARGE_CATEGORIES, LARGE_TAGS, answerText, question, seededRandom } from './large-text.js';

export interface LargeSeedOptions {
  threads: number;
  /** Argon2 hash every generated member gets (one hash: hashing 50,000 passwords would take minutes). */
  passwordHash: string;
  now: Date;
  log: (line: string) => void;
}

const YEARS_3 = 3 * 365 * 86400_000;
const BATCH = 20_000;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Bulk-loads a community: members (threads / 2), threads over three years with power-law
 * activity, ~5 answers per thread, comments, votes that agree with scores, accepted answers,
 * expert certifications, a reputation ledger that agrees with reputations, revisions, and flags.
 * Rows go in as multi-row INSERTs from arrays (unnest) and set-based INSERT … SELECT.
 */
export async function loadLargeDataSet(db: Client, opts: LargeSeedOptions): Promise<Record<string, number>> {
  const rng = seededRandom(20261125);
  const members = Math.max(10, Math.floor(opts.threads / 2));
  const now = opts.now;
  const step = async (name: string, work: () => Promise<unknown>) => {
    const t = Date.now();
    await work();
    opts.log(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };

  await db.query('BEGIN');
  await db.query(`SET LOCAL synchronous_commit = off`);
  // Foreign keys are right by construction here; skipping their triggers halves the load time.
  // Needs a superuser (the embedded server's user is one); elsewhere the checks simply run.
  await db.query(`SAVEPOINT fk`);
  await db.query(`SET LOCAL session_replication_role = replica`).then(
    () => db.query(`RELEASE SAVEPOINT fk`),
    () => db.query(`ROLLBACK TO SAVEPOINT fk`),
  );

  await step(`members (${members})`, async () => {
    await db.query(
      `INSERT INTO users (email, display_name, password_hash, role, created_at, updated_at)
       SELECT 'load' || i || '@voltaro.test', 'load_' || i, $1, 'MEMBER', $3::timestamptz - (random() * interval '1095 days'), $3
         FROM generate_series(1, $2) i`,
      [opts.passwordHash, members, now],
    );
    await db.query(`CREATE TEMP TABLE member_ix AS SELECT id, row_number() OVER (ORDER BY created_at, id)::int AS ix FROM users WHERE email LIKE 'load%@voltaro.test'`);
    await db.query(`CREATE UNIQUE INDEX ON member_ix (ix)`);
  });
  const memberIds: string[] = (await db.query(`SELECT id FROM member_ix ORDER BY ix`)).rows.map((r) => r.id);
  // Power law: a few members write most posts.
  const author = () => memberIds[Math.floor(memberIds.length * rng() ** 3)];

  let categoryIds: string[] = [];
  await step('categories and tags', async () => {
    for (const [i, [slug, name]] of LARGE_CATEGORIES.entries()) {
      await db.query(
        `INSERT INTO categories (slug, name, description, position, created_at, updated_at) VALUES ($1, $2, '', $3, $4, $4) ON CONFLICT (slug) DO NOTHING`,
        [slug, name, 100 + i, now],
      );
    }
    categoryIds = (await db.query(`SELECT id FROM categories WHERE slug = ANY($1) ORDER BY slug`, [LARGE_CATEGORIES.map((c) => c[0])])).rows.map((r) => r.id);
    await db.query(`INSERT INTO tags (name, created_at) SELECT unnest($1::text[]), $2 ON CONFLICT (name) DO NOTHING`, [LARGE_TAGS, now]);
  });
  const tagIds: string[] = (await db.query(`SELECT id FROM tags WHERE name = ANY($1)`, [LARGE_TAGS])).rows.map((r) => r.id);

  const threadIds: string[] = [];
  const threadTimes: number[] = [];
  await step(`threads (${opts.threads})`, async () => {
    for (let start = 0; start < opts.threads; start += BATCH) {
      const n = Math.min(BATCH, opts.threads - start);
      const cols = { id: [] as string[], slug: [] as string[], cat: [] as string[], author: [] as string[], title: [] as string[], body: [] as string[], html: [] as string[], at: [] as string[] };
      for (let i = 0; i < n; i++) {
        const id = randomUUID();
        const q = question(rng);
        const at = now.getTime() - YEARS_3 * rng() ** 1.5; // more recent threads than old ones
        threadIds.push(id);
        threadTimes.push(at);
        cols.id.push(id);
        cols.slug.push(`${q.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').slice(0, 70)}-${id.slice(0, 8)}`);
        cols.cat.push(categoryIds[Math.floor(categoryIds.length * rng() ** 1.4)]);
        cols.author.push(author());
        cols.title.push(q.title.slice(0, 150));
        cols.body.push(q.body);
        cols.html.push(`<p>${esc(q.body)}</p>\n`);
        cols.at.push(new Date(at).toISOString());
      }
      await db.query(
        `INSERT INTO threads (id, slug, category_id, author_id, title, body, body_html, last_activity_at, created_at, updated_at)
         SELECT id, slug, cat, author, title, body, html, at, at, at
           FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::timestamptz[]) AS x(id, slug, cat, author, title, body, html, at)`,
        [cols.id, cols.slug, cols.cat, cols.author, cols.title, cols.body, cols.html, cols.at],
      );
    }
    await db.query(`CREATE TEMP TABLE load_threads AS SELECT id FROM threads t WHERE t.author_id IN (SELECT id FROM member_ix)`);
    await db.query(`ALTER TABLE load_threads ADD PRIMARY KEY (id)`);
    // Values derive from hashes of ids: deterministic, and evaluated per row (random() in a join is not).
    await db.query(
      `INSERT INTO thread_tags (thread_id, tag_id)
       SELECT DISTINCT t.id, ($1::uuid[])[1 + abs(hashtext(t.id::text || g)) % $2] FROM load_threads t
        CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext(t.id::text)) % 3) g
       ON CONFLICT DO NOTHING`,
      [tagIds, tagIds.length],
    );
    await db.query(`UPDATE tags g SET thread_count = (SELECT count(*) FROM thread_tags tt WHERE tt.tag_id = g.id)`);
  });

  let answerTotal = 0;
  await step('answers', async () => {
    const target = opts.threads * 5;
    let cols = { id: [] as string[], thread: [] as string[], author: [] as string[], body: [] as string[], html: [] as string[], at: [] as string[] };
    const flush = async () => {
      if (!cols.id.length) return;
      await db.query(
        `INSERT INTO answers (id, thread_id, author_id, body, body_html, created_at, updated_at)
         SELECT id, thread, author, body, html, at, at FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::timestamptz[]) AS x(id, thread, author, body, html, at)`,
        [cols.id, cols.thread, cols.author, cols.body, cols.html, cols.at],
      );
      cols = { id: [], thread: [], author: [], body: [], html: [], at: [] };
    };
    for (let i = 0; i < threadIds.length && answerTotal < target; i++) {
      // Heavy-tailed answer counts (mean about 5); ~12% of threads stay unanswered.
      const count = rng() < 0.12 ? 0 : Math.min(200, Math.floor(1.6 * rng() ** -0.55) + Math.floor(rng() * 4));
      for (let k = 0; k < count && answerTotal < target; k++) {
        const body = answerText(rng);
        cols.id.push(randomUUID());
        cols.thread.push(threadIds[i]);
        cols.author.push(author());
        cols.body.push(body);
        cols.html.push(`<p>${esc(body)}</p>\n`);
        cols.at.push(new Date(Math.min(now.getTime(), threadTimes[i] + 3600_000 * 48 * rng() ** 2)).toISOString());
        answerTotal++;
        if (cols.id.length >= BATCH) await flush();
      }
    }
    await flush();
  });

  await step('comments', () =>
    db.query(
      `INSERT INTO comments (thread_id, answer_id, author_id, body, body_html, created_at, updated_at)
       SELECT a.thread_id, a.id, m.id, c.body, '<p>' || c.body || '</p>' || chr(10), a.created_at + interval '2 hours', a.created_at + interval '2 hours'
         FROM answers a TABLESAMPLE BERNOULLI (40)
         JOIN member_ix m ON m.ix = 1 + (abs(hashtext(a.id::text)) % $2)
         CROSS JOIN LATERAL (SELECT ($1::text[])[1 + abs(hashtext(a.id::text || 'c')) % array_length($1::text[], 1)] AS body) c`,
      [COMMENTS, members],
    ),
  );

  await step('votes', async () => {
    // Upvotes per answer follow a power law; a few downvotes. Voters are random members, never the author.
    await db.query(
      `INSERT INTO votes (post_id, voter_id, post_kind, author_id, value, created_at)
       SELECT a.id, m.id, 'ANSWER', a.author_id, CASE WHEN abs(hashtext(a.id::text || g || 'v')) % 100 < 8 THEN -1 ELSE 1 END,
              a.created_at + (abs(hashtext(a.id::text || g || 't')) % 864000) * interval '1 second'
         FROM answers a
         CROSS JOIN LATERAL generate_series(1, floor(7 * ((abs(hashtext(a.id::text)) % 1000) / 1000.0) ^ 3)::int) g
         JOIN member_ix m ON m.ix = 1 + abs(hashtext(a.id::text || g)) % $1
        WHERE m.id <> a.author_id AND a.thread_id IN (SELECT id FROM load_threads)
       ON CONFLICT DO NOTHING`,
      [members],
    );
    await db.query(
      `INSERT INTO votes (post_id, voter_id, post_kind, author_id, value, created_at)
       SELECT t.id, m.id, 'QUESTION', t.author_id, CASE WHEN abs(hashtext(t.id::text || g || 'v')) % 100 < 5 THEN -1 ELSE 1 END,
              t.created_at + (abs(hashtext(t.id::text || g || 't')) % 864000) * interval '1 second'
         FROM threads t
         CROSS JOIN LATERAL generate_series(1, floor(5 * ((abs(hashtext(t.id::text)) % 1000) / 1000.0) ^ 3)::int) g
         JOIN member_ix m ON m.ix = 1 + abs(hashtext(t.id::text || g)) % $1
        WHERE m.id <> t.author_id AND t.id IN (SELECT id FROM load_threads)
       ON CONFLICT DO NOTHING`,
      [members],
    );
    await db.query(`UPDATE votes SET created_at = LEAST(created_at, $1) WHERE created_at > $1`, [now]);
    await db.query(`UPDATE answers a SET score = v.s FROM (SELECT post_id, sum(value)::int AS s FROM votes WHERE post_kind = 'ANSWER' GROUP BY post_id) v WHERE a.id = v.post_id`);
    await db.query(`UPDATE threads t SET score = v.s FROM (SELECT post_id, sum(value)::int AS s FROM votes WHERE post_kind = 'QUESTION' GROUP BY post_id) v WHERE t.id = v.post_id`);
  });

  await step('experts', async () => {
    // Two experts per category among the most active members.
    await db.query(
      `INSERT INTO expert_certifications (user_id, category_id, granted_by, granted_at)
       SELECT m.id, c.id, m.id, $1::timestamptz - interval '400 days'
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM categories WHERE id = ANY($2::uuid[])) c
         JOIN member_ix m ON m.ix IN (c.n * 2, c.n * 2 + 1)
       ON CONFLICT DO NOTHING`,
      [now, categoryIds],
    );
    await db.query(
      `UPDATE answers a SET is_expert = true FROM threads t, expert_certifications e
        WHERE a.thread_id = t.id AND e.user_id = a.author_id AND e.category_id = t.category_id AND e.revoked_at IS NULL AND t.id IN (SELECT id FROM load_threads)`,
    );
  });

  await step('thread state (counts, accepted answers, status)', async () => {
    await db.query(
      `UPDATE threads t SET answer_count = s.n, first_answered_at = s.first, last_activity_at = GREATEST(t.created_at, s.last), has_expert_answer = s.expert,
              status = 'ANSWERED'
         FROM (SELECT thread_id, count(*)::int AS n, min(created_at) AS first, max(created_at) AS last, bool_or(is_expert) AS expert FROM answers GROUP BY thread_id) s
        WHERE t.id = s.thread_id AND t.id IN (SELECT id FROM load_threads)`,
    );
    // Most askers accept the best answer (not their own).
    await db.query(
      `UPDATE threads t SET accepted_answer_id = best.id, status = 'SOLVED', solved_at = best.created_at + interval '1 day'
         FROM (SELECT DISTINCT ON (a.thread_id) a.thread_id, a.id, a.created_at FROM answers a JOIN threads t2 ON t2.id = a.thread_id
                WHERE a.author_id <> t2.author_id ORDER BY a.thread_id, a.score DESC, a.created_at) best
        WHERE t.id = best.thread_id AND t.id IN (SELECT id FROM load_threads) AND abs(hashtext(t.id::text)) % 100 < 55`,
    );
    await db.query(`UPDATE threads SET solved_at = LEAST(solved_at, $1) WHERE solved_at > $1`, [now]);
    await db.query(`UPDATE threads t SET comment_count = 0 WHERE t.id IN (SELECT id FROM load_threads)`);
    await db.query(`UPDATE answers a SET comment_count = c.n FROM (SELECT answer_id, count(*)::int AS n FROM comments WHERE answer_id IS NOT NULL GROUP BY answer_id) c WHERE a.id = c.answer_id`);
  });

  await step('reputation ledger', async () => {
    // Vote events with the +200 daily cap applied in order, as the live ledger would.
    await db.query(
      `INSERT INTO reputation_events (user_id, kind, points, post_kind, post_id, thread_id, actor_id, cap_day, created_at)
       SELECT author_id, kind, CASE WHEN kind = 'post_downvoted' THEN -2 ELSE GREATEST(0, LEAST(10, 200 - (earned - 10))) END,
              post_kind, post_id, NULL, voter_id, day, created_at
         FROM (
           SELECT v.*, (v.created_at AT TIME ZONE 'UTC')::date AS day,
                  CASE WHEN v.value = -1 THEN 'post_downvoted' WHEN v.post_kind = 'QUESTION' THEN 'question_upvoted' ELSE 'answer_upvoted' END AS kind,
                  sum(CASE WHEN v.value = 1 THEN 10 ELSE 0 END) OVER (PARTITION BY v.author_id, (v.created_at AT TIME ZONE 'UTC')::date ORDER BY v.created_at, v.post_id, v.voter_id) AS earned
             FROM votes v JOIN users u ON u.id = v.author_id WHERE u.email LIKE 'load%@voltaro.test'
         ) x`,
    );
    await db.query(
      `INSERT INTO reputation_events (user_id, kind, points, post_kind, post_id, thread_id, actor_id, cap_day, created_at)
       SELECT voter_id, 'downvoted_answer', -1, 'ANSWER', post_id, NULL, voter_id, (created_at AT TIME ZONE 'UTC')::date, created_at FROM votes WHERE value = -1 AND post_kind = 'ANSWER'`,
    );
    await db.query(
      `INSERT INTO reputation_events (user_id, kind, points, post_kind, post_id, thread_id, actor_id, cap_day, created_at)
       SELECT e.user_id, e.kind, e.points, 'ANSWER'::post_kind, a.id, t.id, t.author_id, (t.solved_at AT TIME ZONE 'UTC')::date, t.solved_at
         FROM threads t JOIN answers a ON a.id = t.accepted_answer_id
         CROSS JOIN LATERAL (VALUES (a.author_id, 'answer_accepted', 15), (t.author_id, 'accepted_an_answer', 2)) e(user_id, kind, points)
        WHERE t.id IN (SELECT id FROM load_threads)
       UNION ALL
       SELECT a.author_id, 'expert_answer_accepted', 5, 'ANSWER'::post_kind, a.id, t.id, t.author_id, (t.solved_at AT TIME ZONE 'UTC')::date, t.solved_at
         FROM threads t JOIN answers a ON a.id = t.accepted_answer_id WHERE a.is_expert AND t.id IN (SELECT id FROM load_threads)`,
    );
    await db.query(
      `UPDATE users u SET reputation_points = s.total FROM (SELECT user_id, sum(points)::int AS total FROM reputation_events GROUP BY user_id) s WHERE u.id = s.user_id`,
    );
  });

  await step('revisions', async () => {
    await db.query(
      `INSERT INTO revisions (post_kind, post_id, number, editor_id, reason, title, body, created_at)
       SELECT 'QUESTION', id, 1, author_id, 'asked', title, body, created_at FROM threads WHERE id IN (SELECT id FROM load_threads)`,
    );
    await db.query(
      `INSERT INTO revisions (post_kind, post_id, number, editor_id, reason, body, created_at)
       SELECT 'ANSWER', a.id, 1, a.author_id, 'answered', a.body, a.created_at FROM answers a WHERE a.thread_id IN (SELECT id FROM load_threads)`,
    );
  });

  await step('flags', async () => {
    await db.query(
      `WITH picked AS (
         SELECT a.id, a.thread_id, t.category_id, a.author_id FROM answers a JOIN threads t ON t.id = a.thread_id
          WHERE t.id IN (SELECT id FROM load_threads) AND abs(hashtext(a.id::text)) % 1000 = 0
       ), items AS (
         INSERT INTO review_items (post_kind, post_id, thread_id, category_id, author_id, weight, created_at, updated_at)
         SELECT 'ANSWER', id, thread_id, category_id, author_id, 1, $1, $1 FROM picked RETURNING id, post_id, thread_id
       )
       INSERT INTO flags (review_item_id, post_kind, post_id, thread_id, flagger_id, reason, weight, created_at)
       SELECT i.id, 'ANSWER', i.post_id, i.thread_id, m.id, 'SPAM', 1, $1 FROM items i JOIN member_ix m ON m.ix = 1 + abs(hashtext(i.post_id::text)) % $2`,
      [now, members],
    );
  });

  await db.query('COMMIT');
  await step('analyze', () => db.query('ANALYZE'));
  const counts = (await db.query(
    `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM threads)::int AS threads, (SELECT count(*) FROM answers)::int AS answers,
            (SELECT count(*) FROM comments)::int AS comments, (SELECT count(*) FROM votes)::int AS votes, (SELECT count(*) FROM reputation_events)::int AS ledger,
            (SELECT count(*) FROM threads WHERE status = 'SOLVED')::int AS solved`,
  )).rows[0];
  return counts;
}
