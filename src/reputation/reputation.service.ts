import { Injectable } from '@nestjs/common';
import { decodeCursor, Page, toPage } from '../common/pagination/connection.js';
import { Tx } from '../database/tx.js';
import { ReputationEventType } from './reputation.types.js';

/** Read side of the ledger: a member's reputation history. */
@Injectable()
export class ReputationService {
  constructor(private readonly tx: Tx) {}

  async history(userId: string, first: number, after?: string): Promise<Page<ReputationEventType>> {
    const params: unknown[] = [userId, first + 1];
    let keyset = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      params.push(createdAt, id);
      keyset = 'AND (created_at, id) < ($3::timestamptz, $4::bigint)';
    }
    const rows = await this.tx.em.query(
      `SELECT id::text, kind, points, reverses_id IS NOT NULL AS reversal, note, thread_id AS "threadId", post_id AS "postId", created_at AS "createdAt"
         FROM reputation_events WHERE user_id = $1 ${keyset} ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
    const [{ n }] = await this.tx.em.query(`SELECT count(*)::int AS n FROM reputation_events WHERE user_id = $1`, [userId]);
    return toPage(rows, first, n, (r: ReputationEventType) => [r.createdAt, r.id]);
  }
}
