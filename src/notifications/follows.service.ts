import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../common/auth/actor.js';
import { Clock } from '../common/clock.js';
import { Tx } from '../database/tx.js';
import { ThreadsService } from '../forum/threads/threads.service.js';

export type FollowSource = 'ASKED' | 'ANSWERED' | 'MANUAL';

/** Who follows which thread: automatic for askers and answerers, and each member may switch it off or on. */
@Injectable()
export class FollowsService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly threads: ThreadsService,
  ) {}

  async follow(actor: Actor, threadId: string, following: boolean): Promise<{ threadId: string; following: boolean }> {
    await this.threads.get(actor, { id: threadId });
    const now = this.clock.now();
    await this.tx.em.query(
      `INSERT INTO thread_follows (thread_id, user_id, following, source, created_at, updated_at) VALUES ($1, $2, $3, 'MANUAL', $4, $4)
       ON CONFLICT (thread_id, user_id) DO UPDATE SET following = EXCLUDED.following, updated_at = EXCLUDED.updated_at`,
      [threadId, actor.id, following, now],
    );
    return { threadId, following };
  }

  /** Follows on the member's behalf, unless they already chose (an unfollow stays an unfollow). */
  async autoFollow(em: EntityManager, threadId: string, userId: string, source: FollowSource): Promise<void> {
    const now = this.clock.now();
    await em.query(
      `INSERT INTO thread_follows (thread_id, user_id, following, source, created_at, updated_at) VALUES ($1, $2, true, $3, $4, $4)
       ON CONFLICT (thread_id, user_id) DO NOTHING`,
      [threadId, userId, source, now],
    );
  }

  async followers(em: EntityManager, threadId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await em.query(`SELECT user_id FROM thread_follows WHERE thread_id = $1 AND following ORDER BY created_at`, [threadId]);
    return rows.map((r) => r.user_id);
  }

  /** Whether a member follows a thread; a member with no row yet counts as the default given. */
  async follows(em: EntityManager, threadId: string, userId: string, byDefault: boolean): Promise<boolean> {
    const [row] = await em.query(`SELECT following FROM thread_follows WHERE thread_id = $1 AND user_id = $2`, [threadId, userId]);
    return row ? row.following : byDefault;
  }

  /** The viewer's follow state for many threads, for the request's DataLoader. */
  followingOf(userId: string, threadIds: readonly string[]): Promise<Array<{ threadId: string; following: boolean }>> {
    return this.tx.em.query(`SELECT thread_id AS "threadId", following FROM thread_follows WHERE user_id = $1 AND thread_id = ANY($2::uuid[])`, [userId, threadIds]);
  }
}
