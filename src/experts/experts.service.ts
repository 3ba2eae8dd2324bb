import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../common/auth/actor.js';
import { Clock } from '../common/clock.js';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { Tx } from '../database/tx.js';
import { OutboxService } from '../database/outbox/outbox.service.js';

export interface CertificationRow {
  id: string;
  userId: string;
  categoryId: string;
  grantedBy: string;
  grantedAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

const COLUMNS = `id, user_id AS "userId", category_id AS "categoryId", granted_by AS "grantedBy", granted_at AS "grantedAt",
  expires_at AS "expiresAt", revoked_at AS "revokedAt"`;

/** Expert certifications per category: granted and revoked by staff, optionally expiring. */
@Injectable()
export class ExpertsService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async isExpert(em: EntityManager, userId: string, categoryId: string): Promise<boolean> {
    const [row] = await em.query(
      `SELECT 1 FROM expert_certifications WHERE user_id = $1 AND category_id = $2 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $3)`,
      [userId, categoryId, this.clock.now()],
    );
    return !!row;
  }

  /** Category ids in which the user is an expert now. */
  async categoriesOf(em: EntityManager, userId: string): Promise<string[]> {
    const rows: Array<{ category_id: string }> = await em.query(
      `SELECT category_id FROM expert_certifications WHERE user_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
      [userId, this.clock.now()],
    );
    return rows.map((r) => r.category_id);
  }

  /** Certifications (current and past) of many users, for the request's DataLoader. */
  byUserIds(userIds: readonly string[]): Promise<CertificationRow[]> {
    return this.tx.em.query(`SELECT ${COLUMNS} FROM expert_certifications WHERE user_id = ANY($1::uuid[]) ORDER BY granted_at DESC`, [userIds]);
  }

  /**
   * Certifies a member for a category. Their existing answers in that category get the expert
   * mark, since the mark says the answer comes from someone the company vouches for there.
   */
  async certify(actor: Actor, input: { userId: string; categoryId: string; expiresAt?: Date | null }): Promise<CertificationRow> {
    const now = this.clock.now();
    if (input.expiresAt && input.expiresAt <= now) throw BadInputError.field('expiresAt', 'must be in the future');
    return this.tx.run(async (em) => {
      const [user] = await em.query(`SELECT id FROM users WHERE id = $1`, [input.userId]);
      if (!user) throw new NotFoundError('user', input.userId);
      const [category] = await em.query(`SELECT id FROM categories WHERE id = $1`, [input.categoryId]);
      if (!category) throw new NotFoundError('category', input.categoryId);
      // An expired certification is still "active" in the unique index; close it before granting anew.
      await em.query(
        `UPDATE expert_certifications SET revoked_at = expires_at WHERE user_id = $1 AND category_id = $2 AND revoked_at IS NULL AND expires_at <= $3`,
        [input.userId, input.categoryId, now],
      );
      const [existing] = await em.query(`SELECT id FROM expert_certifications WHERE user_id = $1 AND category_id = $2 AND revoked_at IS NULL`, [
        input.userId,
        input.categoryId,
      ]);
      if (existing) throw new ConflictError('already_certified', 'this member is already an expert in this category');
      const [row] = await em.query(
        `INSERT INTO expert_certifications (user_id, category_id, granted_by, granted_at, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [input.userId, input.categoryId, actor.id, now, input.expiresAt ?? null],
      );
      await this.remark(em, input.userId, input.categoryId, true);
      await this.outbox.add(em, { type: 'experts.certification.granted', payload: { certificationId: row.id, userId: input.userId, categoryId: input.categoryId } });
      return row;
    });
  }

  async revoke(actor: Actor, certificationId: string): Promise<CertificationRow> {
    return this.tx.run(async (em) => {
      const [row] = await em.query(`UPDATE expert_certifications SET revoked_at = $2, revoked_by = $3 WHERE id = $1 AND revoked_at IS NULL RETURNING ${COLUMNS}`, [
        certificationId,
        this.clock.now(),
        actor.id,
      ]);
      if (!row) throw new NotFoundError('certification', certificationId);
      await this.remark(em, row.userId, row.categoryId, false);
      await this.outbox.add(em, { type: 'experts.certification.revoked', payload: { certificationId, userId: row.userId, categoryId: row.categoryId } });
      return row;
    });
  }

  // Sets or clears the expert mark on the member's answers in the category, and the threads' flags.
  private async remark(em: EntityManager, userId: string, categoryId: string, expert: boolean): Promise<void> {
    const [changed]: [Array<{ thread_id: string }>] = await em.query(
      `UPDATE answers a SET is_expert = $3 FROM threads t
        WHERE a.thread_id = t.id AND a.author_id = $1 AND t.category_id = $2 AND a.is_expert <> $3 RETURNING a.thread_id`,
      [userId, categoryId, expert],
    );
    if (changed.length) {
      await em.query(
        `UPDATE threads t SET has_expert_answer = EXISTS (SELECT 1 FROM answers a WHERE a.thread_id = t.id AND a.is_expert AND a.deleted_at IS NULL)
          WHERE t.id = ANY($1::uuid[])`,
        [[...new Set(changed.map((c) => c.thread_id))]],
      );
    }
  }
}
