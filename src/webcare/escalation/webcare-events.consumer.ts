import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeliveredEvent, OutboxService } from '../../database/outbox/outbox.service.js';
import { Tx } from '../../database/tx.js';
import { WebcareAdminService } from '../admin/webcare-admin.service.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { CasesService } from '../cases/cases.service.js';
import { detectComplaint } from '../complaint-detector.js';
import { EscalationScheduler } from './escalation-scheduler.js';
import { EscalationService } from './escalation.service.js';

export const WEBCARE_CONSUMER = 'webcare';

/** Payload of `moderation.thread.needs_staff`, emitted by the moderation module when a flag asks for staff. */
export interface NeedsStaffPayload {
  threadId: string;
  flagId: string;
  flaggerId: string;
  comment?: string | null;
  safety?: boolean;
}

/**
 * What webcare learns from other modules through the outbox: new threads and answers (timers,
 * complaint detection, first responses, member replies), acceptance and deletion (timers), and
 * needs-staff flags. Each event is handled in its own transaction; every handler is idempotent,
 * since a failed batch is delivered again. Order does not matter much either (an event that fails
 * comes again after later ones): timers are recomputed from the thread as it is now, cases and
 * first responses from the case as it is now, escalations carry dedupe keys. The one trace of
 * order: a complaint is dated by the first event that reads as one, so a failed ask followed by
 * an edit starts the complaint window at the edit (later, never lost).
 */
@Injectable()
export class WebcareEventsConsumer implements OnModuleInit {
  constructor(
    private readonly tx: Tx,
    private readonly outbox: OutboxService,
    private readonly admin: WebcareAdminService,
    private readonly scheduler: EscalationScheduler,
    private readonly escalation: EscalationService,
    private readonly cases: CasesService,
  ) {}

  onModuleInit(): void {
    this.outbox.on(
      WEBCARE_CONSUMER,
      [
        'forum.thread.asked',
        'forum.thread.edited',
        'forum.thread.deleted',
        'forum.answer.posted',
        'forum.answer.accepted',
        'forum.answer.unaccepted',
        'forum.answer.deleted',
        'forum.comment.added',
        'moderation.thread.needs_staff',
      ],
      async (events) => {
        for (const event of events) await this.tx.run((em) => this.handle(em, event));
      },
    );
  }

  async handle(em: EntityManager, event: DeliveredEvent): Promise<void> {
    const p = event.payload as Record<string, any>;
    switch (event.type) {
      case 'forum.thread.asked':
        await this.scheduler.touch(em, p.threadId);
        await this.scoreComplaint(em, p.threadId, event.createdAt, `SELECT title, body FROM threads WHERE id = $1 AND author_id = $2`, [p.threadId, p.authorId]);
        return;
      case 'forum.thread.edited':
        await this.scoreComplaint(em, p.threadId, event.createdAt, `SELECT title, body FROM threads WHERE id = $1 AND author_id = $2`, [p.threadId, p.editorId]);
        return;
      case 'forum.thread.deleted':
        await this.scheduler.stop(em, p.threadId);
        return;
      case 'forum.answer.posted':
        await this.scheduler.touch(em, p.threadId);
        if (!p.isStaff) await this.scoreComplaint(em, p.threadId, event.createdAt, `SELECT NULL AS title, body FROM answers WHERE id = $1`, [p.answerId]);
        await this.onReply(em, p.threadId, p.authorId, !!p.isStaff, event.createdAt);
        return;
      case 'forum.answer.accepted':
      case 'forum.answer.unaccepted':
      case 'forum.answer.deleted':
        await this.scheduler.touch(em, p.threadId);
        return;
      case 'forum.comment.added':
        await this.onReply(em, p.threadId, p.authorId, false, event.createdAt);
        return;
      case 'moderation.thread.needs_staff': {
        const flag = p as NeedsStaffPayload;
        const comment = flag.comment?.trim();
        await this.escalation.escalate(em, {
          threadId: flag.threadId,
          kind: 'FLAGGED_NEEDS_STAFF',
          detail: `${flag.safety ? 'safety flag' : 'flagged as needing staff'}${comment ? `: ${comment}` : ''}`,
          actorId: flag.flaggerId,
          urgent: !!flag.safety,
          dedupeKey: `flag:${flag.flagId}`,
        });
        return;
      }
    }
  }

  // A staff answer is a first response on the thread's open case; the asker writing reopens it.
  private async onReply(em: EntityManager, threadId: string, authorId: string, byStaff: boolean, at: Date): Promise<void> {
    if (byStaff) {
      const open = await CasesRepository.openForThread(em, threadId, true);
      if (open) await this.cases.recordFirstResponse(em, open.id, at);
      return;
    }
    const c = await CasesRepository.latestForThread(em, threadId, true);
    if (c && c.memberId === authorId) await this.cases.memberReplied(em, c, at);
  }

  private async scoreComplaint(em: EntityManager, threadId: string, at: Date, sql: string, params: unknown[]): Promise<void> {
    const [post] = await em.query(sql, params);
    const [thread] = await em.query(`SELECT category_id FROM threads WHERE id = $1`, [threadId]);
    if (!post || !thread) return;
    const { complaintThreshold } = await this.admin.routeFor(em, thread.category_id);
    const assessment = detectComplaint({ title: post.title, body: post.body }, { threshold: complaintThreshold });
    if (assessment.isComplaint) await this.scheduler.recordComplaint(em, threadId, at, assessment);
  }
}
