import { Injectable } from '@nestjs/common';
import { Actor } from '../common/auth/actor.js';
import { Clock } from '../common/clock.js';
import { Page, decodeCursor, toPage } from '../common/pagination/connection.js';
import { Tx } from '../database/tx.js';
import { NotificationKind } from './notification-kinds.js';
import { NotificationRow } from './notification.types.js';

const COLUMNS = `id, recipient_id AS "recipientId", kind, thread_id AS "threadId", post_id AS "postId", answer_id AS "answerId",
  comment_id AS "commentId", case_id AS "caseId", category_id AS "categoryId", actor_id AS "actorId", actor_ids AS "actorIds",
  count, data, read_at AS "readAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

/** A member's inbox: newest activity first, read state, unread count and per-kind preferences. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, args: { first: number; after?: string; unreadOnly: boolean }): Promise<Page<NotificationRow>> {
    const params: unknown[] = [actor.id, args.unreadOnly, args.first + 1];
    let keyset = '';
    if (args.after) {
      const [updatedAt, id] = decodeCursor(args.after, 2);
      params.push(updatedAt, id);
      keyset = `AND (updated_at, id) < ($4::timestamptz, $5::uuid)`;
    }
    const where = `recipient_id = $1 AND (NOT $2 OR read_at IS NULL)`;
    const rows: NotificationRow[] = await this.tx.em.query(
      `SELECT ${COLUMNS} FROM notifications WHERE ${where} ${keyset} ORDER BY updated_at DESC, id DESC LIMIT $3`,
      params,
    );
    const [{ n }] = await this.tx.em.query(`SELECT count(*)::int AS n FROM notifications WHERE ${where}`, params.slice(0, 2));
    return toPage(rows, args.first, n, (r) => [r.updatedAt, r.id]);
  }

  async unreadCount(actor: Actor): Promise<number> {
    const [{ n }] = await this.tx.em.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`, [actor.id]);
    return n;
  }

  /** Marks the member's own notifications read (or unread again); others' ids are ignored. Returns how many changed. */
  async markRead(actor: Actor, ids: string[], read: boolean): Promise<number> {
    const [, n] = await this.tx.em.query(
      `UPDATE notifications SET read_at = CASE WHEN $3 THEN $4::timestamptz END
        WHERE recipient_id = $1 AND id = ANY($2::uuid[]) AND (read_at IS NULL) = $3`,
      [actor.id, ids, read, this.clock.now()],
    );
    return n;
  }

  async markAllRead(actor: Actor): Promise<number> {
    const [, n] = await this.tx.em.query(`UPDATE notifications SET read_at = $2 WHERE recipient_id = $1 AND read_at IS NULL`, [actor.id, this.clock.now()]);
    return n;
  }

  async findOwn(recipientId: string, id: string): Promise<NotificationRow | null> {
    const [row] = await this.tx.em.query(`SELECT ${COLUMNS} FROM notifications WHERE id = $1 AND recipient_id = $2`, [id, recipientId]);
    return row ?? null;
  }

  /** Every kind with whether the member wants it (on unless turned off). */
  async preferences(actor: Actor): Promise<Array<{ kind: NotificationKind; enabled: boolean }>> {
    const rows: Array<{ kind: string; enabled: boolean }> = await this.tx.em.query(`SELECT kind, enabled FROM notification_preferences WHERE user_id = $1`, [actor.id]);
    const set = new Map(rows.map((r) => [r.kind, r.enabled]));
    return Object.values(NotificationKind).map((kind) => ({ kind, enabled: set.get(kind) ?? true }));
  }

  async setPreference(actor: Actor, kind: NotificationKind, enabled: boolean): Promise<{ kind: NotificationKind; enabled: boolean }> {
    await this.tx.em.query(
      `INSERT INTO notification_preferences (user_id, kind, enabled, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, kind) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at`,
      [actor.id, kind, enabled, this.clock.now()],
    );
    return { kind, enabled };
  }
}
