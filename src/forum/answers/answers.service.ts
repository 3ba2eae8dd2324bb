import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isStaff } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/domain-errors.js';
import { Page, decodeCursor, toPage } from '../../common/pagination/connection.js';
import { OutboxService } from '../../database/outbox/outbox.service.js';
import { Tx } from '../../database/tx.js';
import { ExpertsService } from '../../experts/experts.service.js';
import { LedgerService } from '../../reputation/ledger.service.js';
import { ReputationRulesService } from '../../reputation/reputation-rules.service.js';
import { acceptEvents } from '../../reputation/reputation.rules.js';
import { ContentService } from '../markdown/content.service.js';
import { PostAccessService } from '../post-access.service.js';
import { RevisionsService } from '../revisions/revisions.service.js';
import { ThreadRow } from '../threads/thread.type.js';
import { ThreadsRepository } from '../threads/threads.repository.js';
import { ThreadsService } from '../threads/threads.service.js';
import { AnswerQuestionInput, AnswerRow, EditAnswerInput } from './answer.type.js';

const COLUMNS = `a.id, a.thread_id AS "threadId", a.author_id AS "authorId", a.body, a.body_html AS "bodyHtml", a.score,
  a.is_expert AS "isExpert", a.is_staff AS "isStaff", (t.accepted_answer_id IS NOT DISTINCT FROM a.id) AS "isAccepted",
  a.comment_count AS "commentCount", a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.deleted_at AS "deletedAt", a.hidden_at AS "hiddenAt"`;

// Thread page order: accepted first, then expert answers, then score, oldest first among equals.
const RANK_KEY = `(CASE WHEN t.accepted_answer_id = a.id THEN 0 ELSE 1 END), (CASE WHEN a.is_expert THEN 0 ELSE 1 END), -a.score, a.created_at, a.id`;
const rankCursor = (a: AnswerRow) => [a.isAccepted ? 0 : 1, a.isExpert ? 0 : 1, -a.score, a.createdAt, a.id];

const CLOSED_STATUSES = ['CLOSED', 'DUPLICATE'];

@Injectable()
export class AnswersService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly rules: ReputationRulesService,
    private readonly ledger: LedgerService,
    private readonly access: PostAccessService,
    private readonly experts: ExpertsService,
    private readonly content: ContentService,
    private readonly revisions: RevisionsService,
    private readonly threads: ThreadsService,
  ) {}

  /** Posts an answer; the expert and staff marks are decided here, from who writes it where. */
  async answer(actor: Actor, input: AnswerQuestionInput): Promise<AnswerRow> {
    await this.rules.require(actor, 'answer');
    return this.tx.run(async (em) => {
      const thread = await this.threads.requireVisible(await ThreadsRepository.findOne(em, { id: input.threadId }, true), actor);
      if (CLOSED_STATUSES.includes(thread.status)) throw new ConflictError('thread_closed', 'this thread is closed to new answers');
      if (thread.lockedAt && !(await this.access.isModerator(em, actor, thread.categoryId))) throw new ConflictError('thread_locked', 'this thread is locked');
      await this.access.requirePostingRate(em, actor, 'answer');
      const isExpert = await this.experts.isExpert(em, actor.id, thread.categoryId);
      const { html, mentionIds } = await this.content.render(em, input.body);
      const now = this.clock.now();
      const [{ id }] = await em.query(
        `INSERT INTO answers (thread_id, author_id, body, body_html, mentions, is_expert, is_staff, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
        [thread.id, actor.id, input.body, html, mentionIds, isExpert, isStaff(actor), now],
      );
      await em.query(
        `UPDATE threads SET answer_count = answer_count + 1, last_activity_at = $2, first_answered_at = coalesce(first_answered_at, $2),
                has_expert_answer = has_expert_answer OR $3, status = CASE WHEN status = 'OPEN' THEN 'ANSWERED'::thread_status ELSE status END
          WHERE id = $1`,
        [thread.id, now, isExpert],
      );
      await this.revisions.add(em, { postKind: 'ANSWER', postId: id, editorId: actor.id, reason: 'answered', body: input.body });
      await this.outbox.add(em, {
        type: 'forum.answer.posted',
        payload: { answerId: id, threadId: thread.id, categoryId: thread.categoryId, authorId: actor.id, askerId: thread.authorId, isExpert, isStaff: isStaff(actor), mentionIds },
      });
      return this.findOne(em, id) as Promise<AnswerRow>;
    });
  }

  async edit(actor: Actor, input: EditAnswerInput): Promise<AnswerRow> {
    return this.tx.run(async (em) => {
      const { answer, thread } = await this.lockVisible(em, input.answerId, actor);
      await this.access.requireEdit(em, actor, { authorId: answer.authorId, categoryId: thread.categoryId });
      const { html, mentionIds } = await this.content.render(em, input.body);
      const now = this.clock.now();
      await em.query(`UPDATE answers SET body = $2, body_html = $3, updated_at = $4 WHERE id = $1`, [answer.id, input.body, html, now]);
      await em.query(`UPDATE threads SET last_activity_at = $2 WHERE id = $1`, [thread.id, now]);
      await this.revisions.add(em, { postKind: 'ANSWER', postId: answer.id, editorId: actor.id, reason: input.reason, body: input.body });
      await this.outbox.add(em, { type: 'forum.answer.edited', payload: { answerId: answer.id, threadId: thread.id, editorId: actor.id, mentionIds } });
      return (await this.findOne(em, answer.id))!;
    });
  }

  /** Soft-deletes an answer, undoing its acceptance and the reputation its votes earned. */
  async delete(actor: Actor, answerId: string): Promise<AnswerRow> {
    return this.tx.run(async (em) => {
      const { answer, thread } = await this.lockVisible(em, answerId, actor);
      await this.access.requireDelete(em, actor, { authorId: answer.authorId, categoryId: thread.categoryId });
      if (answer.isAccepted) await this.clearAcceptance(em, thread, 'accepted answer deleted');
      await em.query(`UPDATE answers SET deleted_at = $2, deleted_by = $3 WHERE id = $1`, [answer.id, this.clock.now(), actor.id]);
      await this.ledger.reverse(em, { postId: answer.id }, 'answer deleted');
      await em.query(
        `UPDATE threads t SET answer_count = answer_count - 1,
                has_expert_answer = EXISTS (SELECT 1 FROM answers a WHERE a.thread_id = t.id AND a.is_expert AND a.deleted_at IS NULL),
                status = CASE WHEN t.status = 'ANSWERED' AND t.answer_count = 1 THEN 'OPEN'::thread_status ELSE t.status END
          WHERE t.id = $1`,
        [thread.id],
      );
      await this.outbox.add(em, { type: 'forum.answer.deleted', payload: { answerId: answer.id, threadId: thread.id, actorId: actor.id } });
      return (await this.findOne(em, answer.id))!;
    });
  }

  /**
   * The asker (or staff) accepts an answer; accepting another one moves the acceptance, with the
   * earlier points reversed. The thread becomes SOLVED.
   */
  async accept(actor: Actor, answerId: string): Promise<ThreadRow> {
    return this.tx.run(async (em) => {
      const { answer, thread } = await this.lockVisible(em, answerId, actor);
      this.requireAcceptor(actor, thread);
      if (thread.acceptedAnswerId === answer.id) return thread;
      if (thread.acceptedAnswerId) await this.clearAcceptance(em, thread, 'acceptance moved to another answer');
      const now = this.clock.now();
      await em.query(`UPDATE threads SET accepted_answer_id = $2, status = 'SOLVED', solved_at = $3, last_activity_at = $3 WHERE id = $1`, [thread.id, answer.id, now]);
      const events = acceptEvents(await this.rules.get(em), {
        answerAuthorId: answer.authorId,
        askerId: thread.authorId,
        acceptorId: actor.id,
        isExpertAnswer: answer.isExpert,
      });
      await this.ledger.record(em, events, { postKind: 'ANSWER', postId: answer.id, threadId: thread.id, actorId: actor.id });
      await this.outbox.add(em, { type: 'forum.answer.accepted', payload: { answerId: answer.id, threadId: thread.id, authorId: answer.authorId, acceptorId: actor.id } });
      return (await ThreadsRepository.findOne(em, { id: thread.id }))!;
    });
  }

  async unaccept(actor: Actor, threadId: string): Promise<ThreadRow> {
    return this.tx.run(async (em) => {
      const thread = await this.threads.requireVisible(await ThreadsRepository.findOne(em, { id: threadId }, true), actor);
      this.requireAcceptor(actor, thread);
      if (!thread.acceptedAnswerId) return thread;
      await this.clearAcceptance(em, thread, 'answer unaccepted');
      await this.outbox.add(em, { type: 'forum.answer.unaccepted', payload: { threadId: thread.id, actorId: actor.id } });
      return (await ThreadsRepository.findOne(em, { id: thread.id }))!;
    });
  }

  /** One page of a thread's answers in rank order (accepted, expert, score, age). */
  async page(viewer: Actor | null, threadId: string, first: number, after?: string): Promise<Page<AnswerRow>> {
    const params: unknown[] = [threadId, isStaff(viewer), first + 1];
    let keyset = '';
    if (after) {
      const [accepted, expert, negScore, createdAt, id] = decodeCursor(after, 5);
      params.push(accepted, expert, negScore, createdAt, id);
      keyset = `AND (${RANK_KEY}) > ($4::int, $5::int, $6::int, $7::timestamptz, $8::uuid)`;
    }
    const rows: AnswerRow[] = await this.tx.em.query(
      `SELECT ${COLUMNS} FROM answers a JOIN threads t ON t.id = a.thread_id
        WHERE a.thread_id = $1 AND ($2 OR a.deleted_at IS NULL) ${keyset}
        ORDER BY ${RANK_KEY} LIMIT $3`,
      params,
    );
    const [{ n }] = await this.tx.em.query(`SELECT count(*)::int AS n FROM answers a WHERE a.thread_id = $1 AND ($2 OR a.deleted_at IS NULL)`, [threadId, isStaff(viewer)]);
    return toPage(rows, first, n, rankCursor);
  }

  /** A member's answers, newest first, for profiles. */
  async byAuthor(viewer: Actor | null, authorId: string, first: number, after?: string): Promise<Page<AnswerRow>> {
    const params: unknown[] = [authorId, first + 1];
    let keyset = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      params.push(createdAt, id);
      keyset = `AND (a.created_at, a.id) < ($3::timestamptz, $4::uuid)`;
    }
    const visible = isStaff(viewer) ? '' : 'AND a.deleted_at IS NULL AND t.deleted_at IS NULL';
    const rows: AnswerRow[] = await this.tx.em.query(
      `SELECT ${COLUMNS} FROM answers a JOIN threads t ON t.id = a.thread_id WHERE a.author_id = $1 ${visible} ${keyset}
        ORDER BY a.created_at DESC, a.id DESC LIMIT $2`,
      params,
    );
    const [{ n }] = await this.tx.em.query(`SELECT count(*)::int AS n FROM answers a JOIN threads t ON t.id = a.thread_id WHERE a.author_id = $1 ${visible}`, [authorId]);
    return toPage(rows, first, n, (a) => [a.createdAt, a.id]);
  }

  byIds(ids: readonly string[]): Promise<AnswerRow[]> {
    return this.tx.em.query(`SELECT ${COLUMNS} FROM answers a JOIN threads t ON t.id = a.thread_id WHERE a.id = ANY($1::uuid[])`, [ids]);
  }

  async get(viewer: Actor | null, id: string): Promise<AnswerRow> {
    const answer = await this.findOne(this.tx.em, id);
    if (!answer || (answer.deletedAt && !isStaff(viewer))) throw new NotFoundError('answer', id);
    await this.threads.get(viewer, { id: answer.threadId }); // its thread must be visible too
    return answer;
  }

  private requireAcceptor(actor: Actor, thread: ThreadRow): void {
    if (thread.authorId !== actor.id && !isStaff(actor)) throw new ForbiddenError('not_asker', 'only the asker or staff can accept an answer');
  }

  private async clearAcceptance(em: EntityManager, thread: ThreadRow, note: string): Promise<void> {
    await this.ledger.reverse(em, { postId: thread.acceptedAnswerId!, kinds: ['answer_accepted', 'expert_answer_accepted', 'accepted_an_answer'] }, note);
    await em.query(
      `UPDATE threads SET accepted_answer_id = NULL, solved_at = NULL,
              status = CASE WHEN status = 'SOLVED' THEN (CASE WHEN answer_count > 0 THEN 'ANSWERED' ELSE 'OPEN' END)::thread_status ELSE status END
        WHERE id = $1`,
      [thread.id],
    );
    thread.acceptedAnswerId = null;
  }

  private async lockVisible(em: EntityManager, answerId: string, actor: Actor): Promise<{ answer: AnswerRow; thread: ThreadRow }> {
    const [ref] = await em.query(`SELECT thread_id FROM answers WHERE id = $1`, [answerId]);
    if (!ref) throw new NotFoundError('answer', answerId);
    // Lock order everywhere: thread, then answer.
    const thread = await this.threads.requireVisible(await ThreadsRepository.findOne(em, { id: ref.thread_id }, true), actor);
    const [answer] = await em.query(`SELECT ${COLUMNS} FROM answers a JOIN threads t ON t.id = a.thread_id WHERE a.id = $1 FOR UPDATE OF a`, [answerId]);
    if (answer.deletedAt && !isStaff(actor)) throw new NotFoundError('answer', answerId);
    return { answer, thread };
  }

  private async findOne(em: EntityManager, id: string): Promise<AnswerRow | null> {
    const [row] = await em.query(`SELECT ${COLUMNS} FROM answers a JOIN threads t ON t.id = a.thread_id WHERE a.id = $1`, [id]);
    return row ?? null;
  }
}
