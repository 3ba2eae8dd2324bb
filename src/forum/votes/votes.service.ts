import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isStaff } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { ForbiddenError, NotFoundError } from '../../common/errors/domain-errors.js';
import { OutboxService } from '../../database/outbox/outbox.service.js';
import { Tx } from '../../database/tx.js';
import { LedgerService } from '../../reputation/ledger.service.js';
import { ReputationRulesService } from '../../reputation/reputation-rules.service.js';
import { voteEvents } from '../../reputation/reputation.rules.js';
import { VoteValue } from '../forum.types.js';

export interface VoteResult {
  postId: string;
  postKind: 'QUESTION' | 'ANSWER';
  score: number;
  myVote: VoteValue;
}

const VOTE_KINDS = ['question_upvoted', 'answer_upvoted', 'post_downvoted', 'downvoted_answer'];
const toValue = (v: number | null | undefined): VoteValue => (v === 1 ? VoteValue.UP : v === -1 ? VoteValue.DOWN : VoteValue.NONE);

@Injectable()
export class VotesService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly rules: ReputationRulesService,
    private readonly ledger: LedgerService,
  ) {}

  /**
   * Casts, changes or undoes a vote on a question or an answer. The post row is locked first, so
   * concurrent votes serialise per post and the score always equals the sum of its votes.
   */
  async vote(actor: Actor, postId: string, value: VoteValue): Promise<VoteResult> {
    if (value === VoteValue.UP) await this.rules.require(actor, 'voteUp');
    if (value === VoteValue.DOWN) await this.rules.require(actor, 'voteDown');
    return this.tx.run(async (em) => {
      const post = await this.lockPost(em, postId, actor);
      if (post.authorId === actor.id) throw new ForbiddenError('own_post', 'you cannot vote on your own post');
      const [existing] = await em.query(`SELECT value FROM votes WHERE post_id = $1 AND voter_id = $2`, [postId, actor.id]);
      const before = existing?.value ?? 0;
      const after = value === VoteValue.UP ? 1 : value === VoteValue.DOWN ? -1 : 0;
      if (before === after) return { postId, postKind: post.kind, score: post.score, myVote: value };

      if (before !== 0) {
        await this.ledger.reverse(em, { postId, actorId: actor.id, kinds: VOTE_KINDS }, 'vote undone or changed');
        await em.query(`DELETE FROM votes WHERE post_id = $1 AND voter_id = $2`, [postId, actor.id]);
      }
      if (after !== 0) {
        await em.query(`INSERT INTO votes (post_id, voter_id, post_kind, author_id, value, created_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
          postId,
          actor.id,
          post.kind,
          post.authorId,
          after,
          this.clock.now(),
        ]);
        const events = voteEvents(await this.rules.get(em), { postKind: post.kind, value: after, authorId: post.authorId, voterId: actor.id });
        await this.ledger.record(em, events, { postKind: post.kind, postId, threadId: post.threadId, actorId: actor.id });
      }
      const table = post.kind === 'QUESTION' ? 'threads' : 'answers';
      const [rows] = await em.query(`UPDATE ${table} SET score = score + $2 WHERE id = $1 RETURNING score`, [postId, after - before]);
      await this.outbox.add(em, { type: 'forum.vote.changed', payload: { postId, postKind: post.kind, threadId: post.threadId, authorId: post.authorId, voterId: actor.id, value: after } });
      return { postId, postKind: post.kind, score: rows[0].score, myVote: value };
    });
  }

  /** The viewer's votes on many posts, for the request's DataLoader. */
  myVotes(voterId: string, postIds: readonly string[]): Promise<Array<{ postId: string; value: number }>> {
    return this.tx.em.query(`SELECT post_id AS "postId", value FROM votes WHERE voter_id = $1 AND post_id = ANY($2::uuid[])`, [voterId, postIds]);
  }

  /**
   * The member's votes on a thread's question and answers and whether they follow it. One statement
   * on every signed-in page view, so it also reads the follow flag (notifications own that table).
   */
  async viewerState(actor: Actor, threadId: string): Promise<{ threadId: string; following: boolean; votes: Array<{ postId: string; value: VoteValue }> }> {
    const [row] = await this.tx.em.query(
      `SELECT t.deleted_at IS NOT NULL AS deleted,
              coalesce((SELECT f.following FROM thread_follows f WHERE f.user_id = $2 AND f.thread_id = t.id), false) AS following,
              (SELECT coalesce(json_agg(json_build_object('postId', v.post_id, 'value', v.value)), '[]') FROM votes v
                WHERE v.voter_id = $2 AND v.post_id IN (SELECT t.id UNION ALL SELECT a.id FROM answers a WHERE a.thread_id = t.id)) AS votes
         FROM threads t WHERE t.id = $1`,
      [threadId, actor.id],
    );
    if (!row || (row.deleted && !isStaff(actor))) throw new NotFoundError('thread', threadId);
    return { threadId, following: row.following, votes: (row.votes as Array<{ postId: string; value: number }>).map((v) => ({ postId: v.postId, value: toValue(v.value) })) };
  }

  static toValue = toValue;

  private async lockPost(em: EntityManager, postId: string, actor: Actor) {
    const [thread] = await em.query(`SELECT id, author_id, score, deleted_at FROM threads WHERE id = $1 FOR UPDATE`, [postId]);
    if (thread) {
      if (thread.deleted_at && !isStaff(actor)) throw new NotFoundError('post', postId);
      return { kind: 'QUESTION' as const, authorId: thread.author_id as string, score: thread.score as number, threadId: thread.id as string };
    }
    const [answer] = await em.query(
      `SELECT a.id, a.author_id, a.score, a.thread_id, a.deleted_at, t.deleted_at AS thread_deleted_at FROM answers a JOIN threads t ON t.id = a.thread_id WHERE a.id = $1 FOR UPDATE OF a`,
      [postId],
    );
    if (!answer || ((answer.deleted_at || answer.thread_deleted_at) && !isStaff(actor))) throw new NotFoundError('post', postId);
    return { kind: 'ANSWER' as const, authorId: answer.author_id as string, score: answer.score as number, threadId: answer.thread_id as string };
  }
}
