import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { PeriodicJobs } from '../database/periodic-jobs.js';
import { OutboxService } from '../database/outbox/outbox.service.js';
import { Tx } from '../database/tx.js';
import { LedgerService } from './ledger.service.js';
import { ReputationRulesService } from './reputation-rules.service.js';

const VOTE_KINDS = ['question_upvoted', 'answer_upvoted', 'post_downvoted', 'downvoted_answer'];

/**
 * Serial voting: one member casting many votes on another member's posts within a window. A
 * sweep finds such pairs, removes the votes (scores follow) and reverses their reputation, with
 * ledger entries that say why.
 */
@Injectable()
export class SerialVotingService implements OnModuleInit {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly rules: ReputationRulesService,
    private readonly ledger: LedgerService,
    private readonly outbox: OutboxService,
    private readonly jobs: PeriodicJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register('reputation.serial-voting', 10 * 60_000, () => this.sweep());
  }

  /** Returns the number of votes reversed. */
  async sweep(): Promise<number> {
    const { serialVoting } = await this.rules.get();
    const since = new Date(this.clock.now().getTime() - serialVoting.windowHours * 3600_000);
    const pairs: Array<{ voter_id: string; author_id: string }> = await this.tx.em.query(
      `SELECT voter_id, author_id FROM votes WHERE created_at > $1 GROUP BY voter_id, author_id HAVING count(*) >= $2`,
      [since, serialVoting.votes],
    );
    let reversed = 0;
    for (const pair of pairs) {
      reversed += await this.tx.run(async (em) => {
        const votes: Array<{ post_id: string; post_kind: 'QUESTION' | 'ANSWER'; value: number }> = await em.query(
          `SELECT post_id, post_kind, value FROM votes WHERE voter_id = $1 AND author_id = $2 AND created_at > $3 ORDER BY post_id FOR UPDATE`,
          [pair.voter_id, pair.author_id, since],
        );
        for (const v of votes) {
          await this.ledger.reverse(em, { postId: v.post_id, actorId: pair.voter_id, kinds: VOTE_KINDS }, 'serial voting reversed');
          await em.query(`DELETE FROM votes WHERE post_id = $1 AND voter_id = $2`, [v.post_id, pair.voter_id]);
          await em.query(`UPDATE ${v.post_kind === 'QUESTION' ? 'threads' : 'answers'} SET score = score - $2 WHERE id = $1`, [v.post_id, v.value]);
        }
        await this.outbox.add(em, { type: 'reputation.serial_voting.reversed', payload: { voterId: pair.voter_id, authorId: pair.author_id, votes: votes.length } });
        return votes.length;
      });
    }
    return reversed;
  }
}
