import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { GROUP_WINDOW_SECONDS, GROUPED_KINDS, NotificationKind } from './notification-kinds.js';
import { NotificationData } from './notification.types.js';

/** One possible notification for one member, produced from an event. */
export interface Candidate {
  recipientId: string;
  kind: NotificationKind;
  /** Redelivery (or a second event about the same thing) finds this key and adds nothing. */
  key: string;
  threadId?: string | null;
  postId?: string | null;
  answerId?: string | null;
  commentId?: string | null;
  caseId?: string | null;
  categoryId?: string | null;
  actorId?: string | null;
  data?: NotificationData;
}

export interface Delivered {
  recipientId: string;
  notificationId: string;
}

const MAX_ACTORS = 5;

/**
 * Writes notifications: at most one per member per call (the first candidate whose kind they
 * have not turned off), never twice for one dedupe key, grouped into an open unread group of
 * the same kind and subject. Runs in the caller's transaction; writes per member are serialised
 * with an advisory lock, so two instances never both open a group or both pass the key check.
 */
@Injectable()
export class NotificationWriter {
  constructor(private readonly clock: Clock) {}

  async write(em: EntityManager, candidates: Candidate[]): Promise<Delivered[]> {
    if (!candidates.length) return [];
    const recipients = [...new Set(candidates.map((c) => c.recipientId))];
    const off: Array<{ user_id: string; kind: string }> = await em.query(
      `SELECT user_id, kind FROM notification_preferences WHERE user_id = ANY($1::uuid[]) AND NOT enabled`,
      [recipients],
    );
    const disabled = new Set(off.map((r) => `${r.user_id}:${r.kind}`));
    const served = new Set<string>();
    const delivered: Delivered[] = [];
    for (const c of candidates) {
      if (served.has(c.recipientId) || disabled.has(`${c.recipientId}:${c.kind}`)) continue;
      served.add(c.recipientId);
      const id = await this.writeOne(em, c);
      if (id) delivered.push({ recipientId: c.recipientId, notificationId: id });
    }
    return delivered;
  }

  private async writeOne(em: EntityManager, c: Candidate): Promise<string | null> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('notify:' || $1))`, [c.recipientId]);
    const [seen] = await em.query(`SELECT notification_id FROM notification_receipts WHERE dedupe_key = $1`, [c.key]);
    if (seen) {
      // A staff answer is noticed first as an answer, then as the reply on a case: link the case.
      if (c.caseId) await em.query(`UPDATE notifications SET case_id = $2 WHERE id = $1 AND case_id IS NULL`, [seen.notification_id, c.caseId]);
      return null;
    }
    const now = this.clock.now();
    const subject = c.caseId ?? c.threadId;
    const groupKey = GROUPED_KINDS.has(c.kind) && subject ? `${c.kind}:${subject}` : null;
    let id: string | null = null;
    if (groupKey) {
      const [open] = await em.query(
        `SELECT id, actor_ids FROM notifications
          WHERE recipient_id = $1 AND group_key = $2 AND read_at IS NULL AND updated_at > $3
          ORDER BY updated_at DESC LIMIT 1`,
        [c.recipientId, groupKey, new Date(now.getTime() - GROUP_WINDOW_SECONDS * 1000)],
      );
      if (open) {
        const actors = c.actorId ? [c.actorId, ...(open.actor_ids as string[]).filter((a) => a !== c.actorId)].slice(0, MAX_ACTORS) : open.actor_ids;
        await em.query(
          `UPDATE notifications SET count = count + 1, actor_id = coalesce($2, actor_id), actor_ids = $3, post_id = coalesce($4, post_id),
                  answer_id = coalesce($5, answer_id), comment_id = coalesce($6, comment_id), data = data || $7::jsonb, updated_at = $8
            WHERE id = $1`,
          [open.id, c.actorId ?? null, actors, c.postId ?? null, c.answerId ?? null, c.commentId ?? null, JSON.stringify(c.data ?? {}), now],
        );
        id = open.id;
      }
    }
    if (!id) {
      [{ id }] = await em.query(
        `INSERT INTO notifications (recipient_id, kind, group_key, thread_id, post_id, answer_id, comment_id, case_id, category_id, actor_id, actor_ids, data, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $13) RETURNING id`,
        [
          c.recipientId, c.kind, groupKey, c.threadId ?? null, c.postId ?? null, c.answerId ?? null, c.commentId ?? null, c.caseId ?? null,
          c.categoryId ?? null, c.actorId ?? null, c.actorId ? [c.actorId] : [], JSON.stringify(c.data ?? {}), now,
        ],
      );
    }
    await em.query(`INSERT INTO notification_receipts (dedupe_key, notification_id, created_at) VALUES ($1, $2, $3)`, [c.key, id, now]);
    return id;
  }
}
