import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { CAPPED_KINDS, PendingEvent, capAward } from './reputation.rules.js';
import { ReputationRulesService } from './reputation-rules.service.js';

export interface EventContext {
  postKind?: 'QUESTION' | 'ANSWER' | 'COMMENT';
  postId?: string;
  threadId?: string;
  actorId?: string;
  note?: string;
}

/**
 * The reputation ledger. Every change of a member's reputation is an event row; users.reputation
 * is derived from the running sum, so `rebuild` recomputes the same figure from the events.
 * Callers run inside their command's transaction.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly clock: Clock,
    private readonly rules: ReputationRulesService,
  ) {}

  /** Records events, applying the daily vote cap; returns the points actually awarded per user. */
  async record(em: EntityManager, events: PendingEvent[], ctx: EventContext): Promise<void> {
    if (!events.length) return;
    const now = this.clock.now();
    const day = utcDay(now);
    const { dailyVoteCap } = await this.rules.get(em);
    // Lock the members' rows in id order: the cap check and the sum update must not interleave.
    // NO KEY UPDATE, as the sum update itself takes: FOR UPDATE would also wait for the key-share
    // locks that foreign-key checks (a vote's voter and author) hold, and two votes on different
    // posts of one author would then deadlock.
    const userIds = [...new Set(events.map((e) => e.userId))].sort();
    await em.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [userIds]);
    for (const event of events) {
      let points = event.points;
      if (CAPPED_KINDS.includes(event.kind)) {
        const [{ earned }] = await em.query(
          `SELECT coalesce(sum(points), 0)::int AS earned FROM reputation_events
            WHERE user_id = $1 AND cap_day = $2 AND kind IN ('question_upvoted', 'answer_upvoted')`,
          [event.userId, day],
        );
        points = capAward(points, earned, dailyVoteCap);
      }
      await em.query(
        `INSERT INTO reputation_events (user_id, kind, points, post_kind, post_id, thread_id, actor_id, cap_day, note, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [event.userId, event.kind, points, ctx.postKind ?? null, ctx.postId ?? null, ctx.threadId ?? null, ctx.actorId ?? null, day, ctx.note ?? null, now],
      );
      if (points) await em.query(`UPDATE users SET reputation_points = reputation_points + $2 WHERE id = $1`, [event.userId, points]);
    }
  }

  /**
   * Reverses the live (not yet reversed) events of a post, optionally only those caused by one
   * actor and of some kinds. Each reversal is a new event with negated points, on the original's
   * cap day, linked both ways.
   */
  async reverse(em: EntityManager, filter: { postId: string; actorId?: string; kinds?: string[] }, note: string): Promise<number> {
    const originals: Array<{ id: string; user_id: string; points: number }> = await em.query(
      `SELECT id, user_id, points FROM reputation_events
        WHERE post_id = $1 AND reverses_id IS NULL AND reversed_by_id IS NULL
          AND ($2::uuid IS NULL OR actor_id = $2) AND ($3::text[] IS NULL OR kind = ANY($3))
        ORDER BY user_id FOR UPDATE`,
      [filter.postId, filter.actorId ?? null, filter.kinds ?? null],
    );
    if (!originals.length) return 0;
    const userIds = [...new Set(originals.map((o) => o.user_id))].sort();
    await em.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [userIds]);
    await em.query(
      `WITH reversed AS (
         INSERT INTO reputation_events (user_id, kind, points, post_kind, post_id, thread_id, actor_id, cap_day, reverses_id, note, created_at)
         SELECT user_id, kind, -points, post_kind, post_id, thread_id, actor_id, cap_day, id, $2, $3
           FROM reputation_events WHERE id = ANY($1::bigint[])
         RETURNING id, reverses_id
       )
       UPDATE reputation_events e SET reversed_by_id = r.id FROM reversed r WHERE e.id = r.reverses_id`,
      [originals.map((o) => o.id), note, this.clock.now()],
    );
    await em.query(
      `UPDATE users u SET reputation_points = u.reputation_points - d.points
         FROM (SELECT user_id, sum(points)::int AS points FROM reputation_events WHERE id = ANY($1::bigint[]) GROUP BY user_id) d
        WHERE u.id = d.user_id`,
      [originals.map((o) => o.id)],
    );
    return originals.length;
  }

  /** Recomputes every member's reputation from the ledger; returns how many figures changed. */
  async rebuild(em: EntityManager): Promise<number> {
    const [, changed] = await em.query(
      `UPDATE users u SET reputation_points = s.total
         FROM (SELECT u2.id, coalesce(sum(e.points), 0)::int AS total
                 FROM users u2 LEFT JOIN reputation_events e ON e.user_id = u2.id GROUP BY u2.id) s
        WHERE u.id = s.id AND u.reputation_points <> s.total`,
    );
    return changed;
  }
}

export const utcDay = (d: Date): string => d.toISOString().slice(0, 10);
