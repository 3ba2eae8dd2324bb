import { Injectable } from '@nestjs/common';
import { Actor, isStaff } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { BadInputError, NotFoundError } from '../../common/errors/domain-errors.js';
import { OutboxService } from '../../database/outbox/outbox.service.js';
import { Tx } from '../../database/tx.js';
import { AnswersService } from '../../forum/answers/answers.service.js';
import { WebcareAdminService } from '../admin/webcare-admin.service.js';
import { AssignmentType, CaseRow, MessageType, NoteType } from '../cases/case.types.js';
import { CasesService } from '../cases/cases.service.js';
import { PLACEHOLDERS, SavedReplyRow } from './conversation.types.js';

const MESSAGE_COLUMNS = `id, case_id AS "caseId", author_id AS "authorId", from_staff AS "fromStaff", body, created_at AS "createdAt"`;
const NOTE_COLUMNS = `id, case_id AS "caseId", author_id AS "authorId", body, created_at AS "createdAt"`;
const REPLY_COLUMNS = `id, team_id AS "teamId", title, body, created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt"`;
const ASSIGNMENT_COLUMNS = `id, kind, from_assignee_id AS "fromAssigneeId", to_assignee_id AS "toAssigneeId", from_team_id AS "fromTeamId",
  to_team_id AS "toTeamId", actor_id AS "actorId", note, created_at AS "createdAt"`;
const PLACEHOLDER_RE = /\{\{\s*([a-z.]+)\s*\}\}/g;

/**
 * What is said on a case: public replies (staff answers on the thread), the private conversation
 * between the asker and staff, internal notes (staff only) and the teams' saved replies.
 */
@Injectable()
export class ConversationService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly cases: CasesService,
    private readonly answers: AnswersService,
    private readonly admin: WebcareAdminService,
  ) {}

  /**
   * Posts a staff answer on the case's thread (through the forum, so it is marked as staff) and
   * counts it as the first response; an unclaimed case becomes the replying agent's.
   */
  async replyPublicly(actor: Actor, input: { caseId: string; body: string }): Promise<{ answerId: string; caseId: string }> {
    const c = await this.cases.get(input.caseId);
    const answer = await this.answers.answer(actor, { threadId: c.threadId, body: input.body });
    await this.tx.run(async (em) => {
      const locked = await this.cases.claimIfNew(em, actor, await this.cases.lock(em, c.id));
      await this.cases.recordFirstResponse(em, locked.id, answer.createdAt);
      await this.outbox.add(em, { type: 'webcare.case.replied_public', payload: { caseId: c.id, threadId: c.threadId, answerId: answer.id, staffId: actor.id } });
    });
    return { answerId: answer.id, caseId: c.id };
  }

  /**
   * A message in the case's private conversation. From staff it is a response (the first one
   * counts for the SLA); from the asker it reopens a case that waits on them. Nobody else may write.
   */
  async sendMessage(actor: Actor, input: { caseId: string; body: string }): Promise<MessageType> {
    return this.tx.run(async (em) => {
      let c = await this.cases.lock(em, input.caseId);
      const fromStaff = isStaff(actor);
      if (!fromStaff && c.memberId !== actor.id) throw new NotFoundError('case', input.caseId);
      const now = this.clock.now();
      const [message] = await em.query(
        `INSERT INTO webcare_case_messages (case_id, author_id, from_staff, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING ${MESSAGE_COLUMNS}`,
        [c.id, actor.id, fromStaff, input.body.trim(), now],
      );
      if (fromStaff) {
        c = await this.cases.claimIfNew(em, actor, c);
        await this.cases.recordFirstResponse(em, c.id, now);
      } else {
        await this.cases.memberReplied(em, c, now);
      }
      await this.outbox.add(em, {
        type: 'webcare.case.replied_private',
        payload: { caseId: c.id, threadId: c.threadId, messageId: message.id, authorId: actor.id, fromStaff, memberId: c.memberId },
      });
      return message;
    });
  }

  async messages(viewer: Actor, c: CaseRow): Promise<MessageType[]> {
    if (!isStaff(viewer) && c.memberId !== viewer.id) return [];
    return this.tx.em.query(`SELECT ${MESSAGE_COLUMNS} FROM webcare_case_messages WHERE case_id = $1 ORDER BY created_at, id`, [c.id]);
  }

  async addNote(actor: Actor, input: { caseId: string; body: string }): Promise<NoteType> {
    return this.tx.run(async (em) => {
      const c = await this.cases.lock(em, input.caseId);
      const [note] = await em.query(`INSERT INTO webcare_case_notes (case_id, author_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING ${NOTE_COLUMNS}`, [
        c.id, actor.id, input.body.trim(), this.clock.now(),
      ]);
      return note;
    });
  }

  notes(caseId: string): Promise<NoteType[]> {
    return this.tx.em.query(`SELECT ${NOTE_COLUMNS} FROM webcare_case_notes WHERE case_id = $1 ORDER BY created_at, id`, [caseId]);
  }

  assignments(caseId: string): Promise<AssignmentType[]> {
    return this.tx.em.query(`SELECT ${ASSIGNMENT_COLUMNS} FROM webcare_case_assignments WHERE case_id = $1 ORDER BY created_at, id`, [caseId]);
  }

  savedReplies(teamId: string): Promise<SavedReplyRow[]> {
    return this.tx.em.query(`SELECT ${REPLY_COLUMNS} FROM webcare_saved_replies WHERE team_id = $1 ORDER BY lower(title), id`, [teamId]);
  }

  async createSavedReply(actor: Actor, input: { teamId: string; title: string; body: string }): Promise<SavedReplyRow> {
    checkPlaceholders(input.body);
    return this.tx.run(async (em) => {
      await this.admin.requireTeam(em, input.teamId);
      const now = this.clock.now();
      const [row] = await em.query(
        `INSERT INTO webcare_saved_replies (team_id, title, body, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING ${REPLY_COLUMNS}`,
        [input.teamId, input.title.trim(), input.body, actor.id, now],
      );
      return row;
    });
  }

  async updateSavedReply(input: { id: string; title?: string; body?: string }): Promise<SavedReplyRow> {
    if (input.body !== undefined) checkPlaceholders(input.body);
    const [rows] = await this.tx.em.query(
      `UPDATE webcare_saved_replies SET title = coalesce($2, title), body = coalesce($3, body), updated_at = $4 WHERE id = $1 RETURNING ${REPLY_COLUMNS}`,
      [input.id, input.title?.trim() ?? null, input.body ?? null, this.clock.now()],
    );
    if (!rows?.[0]) throw new NotFoundError('saved_reply', input.id);
    return rows[0];
  }

  async deleteSavedReply(id: string): Promise<boolean> {
    const [, count] = await this.tx.em.query(`DELETE FROM webcare_saved_replies WHERE id = $1`, [id]);
    if (!count) throw new NotFoundError('saved_reply', id);
    return true;
  }

  /** A saved reply with its placeholders filled in for a case, ready to insert into a reply. */
  async renderSavedReply(actor: Actor, savedReplyId: string, caseId: string): Promise<string> {
    const [reply] = await this.tx.em.query(`SELECT body FROM webcare_saved_replies WHERE id = $1`, [savedReplyId]);
    if (!reply) throw new NotFoundError('saved_reply', savedReplyId);
    const c = await this.cases.get(caseId);
    const [ctx] = await this.tx.em.query(
      `SELECT u.display_name AS member, t.title AS thread, g.name AS category FROM webcare_cases c
         JOIN users u ON u.id = c.member_id JOIN threads t ON t.id = c.thread_id JOIN categories g ON g.id = c.category_id WHERE c.id = $1`,
      [c.id],
    );
    const values: Record<string, string> = { 'member.name': ctx.member, 'thread.title': ctx.thread, 'category.name': ctx.category, 'agent.name': actor.displayName };
    return (reply.body as string).replace(PLACEHOLDER_RE, (whole, name: string) => values[name] ?? whole);
  }
}

function checkPlaceholders(body: string): void {
  const unknown = [...body.matchAll(PLACEHOLDER_RE)].map((m) => m[1]).filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
  if (unknown.length) {
    throw BadInputError.field('body', `unknown placeholders: ${[...new Set(unknown)].map((p) => `{{${p}}}`).join(', ')}; use ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`);
  }
}
