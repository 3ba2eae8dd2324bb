import { Injectable, OnModuleInit } from '@nestjs/common';
import { DeliveredEvent, OutboxService } from '../../database/outbox/outbox.service.js';
import { LiveHub } from './live-hub.js';
import { QueueChangeKind, ThreadUpdateKind as U } from './live.types.js';

export const LIVE_CONSUMER = 'live-updates';

type Payload = Record<string, any>;

const QUEUE_KINDS: Record<string, QueueChangeKind> = {
  'webcare.case.opened': QueueChangeKind.OPENED,
  'webcare.case.reason_added': QueueChangeKind.REASON_ADDED,
  'webcare.case.claimed': QueueChangeKind.CLAIMED,
  'webcare.case.assigned': QueueChangeKind.ASSIGNED,
  'webcare.case.status_changed': QueueChangeKind.STATUS_CHANGED,
  'webcare.case.replied_public': QueueChangeKind.REPLIED,
  'webcare.case.replied_private': QueueChangeKind.REPLIED,
  'webcare.case.resolved': QueueChangeKind.RESOLVED,
  'webcare.case.breached': QueueChangeKind.BREACHED,
};

/** What a thread's subscribers hear for a forum or moderation event: ids only. */
export function threadMessage(type: string, p: Payload): Record<string, unknown> | null {
  const on = (kind: U, extra: Record<string, unknown> = {}) => ({ kind, threadId: p.threadId, ...extra });
  switch (type) {
    case 'forum.answer.posted': return on(U.ANSWER_POSTED, { postId: p.answerId, postKind: 'ANSWER' });
    case 'forum.answer.edited': return on(U.ANSWER_EDITED, { postId: p.answerId, postKind: 'ANSWER' });
    case 'forum.answer.deleted': return on(U.ANSWER_DELETED, { postId: p.answerId, postKind: 'ANSWER' });
    case 'forum.answer.accepted': return on(U.ANSWER_ACCEPTED, { postId: p.answerId, postKind: 'ANSWER' });
    case 'forum.answer.unaccepted': return on(U.ANSWER_UNACCEPTED);
    case 'forum.comment.added': return on(U.COMMENT_ADDED, { postId: p.commentId, postKind: 'COMMENT', answerId: p.answerId ?? null });
    case 'forum.comment.deleted': return on(U.COMMENT_DELETED, { postId: p.commentId, postKind: 'COMMENT' });
    case 'forum.vote.changed': return on(U.SCORE_CHANGED, { postId: p.postId, postKind: p.postKind });
    case 'forum.thread.edited': return on(U.THREAD_EDITED, { postId: p.threadId, postKind: 'QUESTION' });
    case 'forum.thread.deleted': return on(U.THREAD_DELETED, { postId: p.threadId, postKind: 'QUESTION' });
    case 'forum.thread.moderated': return on(U.MODERATED, { action: p.action });
    case 'forum.post.hidden': return on(U.POST_HIDDEN, { postId: p.postId, postKind: p.postKind });
    case 'forum.post.unhidden': return on(U.POST_UNHIDDEN, { postId: p.postId, postKind: p.postKind });
    default: return null;
  }
}

/**
 * Publishes live updates after commit, through the pub/sub that reaches every instance: thread
 * changes on `thread:<id>`, webcare case changes on `queue`. A private case message goes to the
 * queue topic only (staff), never to the thread's subscribers. Messages carry ids and are
 * resolved when sent, so one that comes late (it failed at first) shows the current state.
 */
@Injectable()
export class LiveEventsConsumer implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly hub: LiveHub,
  ) {}

  onModuleInit(): void {
    const threadTypes = [
      'forum.answer.posted', 'forum.answer.edited', 'forum.answer.deleted', 'forum.answer.accepted', 'forum.answer.unaccepted',
      'forum.comment.added', 'forum.comment.deleted', 'forum.vote.changed', 'forum.thread.edited', 'forum.thread.deleted',
      'forum.thread.moderated', 'forum.post.hidden', 'forum.post.unhidden',
    ];
    this.outbox.on(LIVE_CONSUMER, [...threadTypes, ...Object.keys(QUEUE_KINDS)], async (events) => {
      for (const event of events) await this.publish(event);
    });
  }

  async publish(event: DeliveredEvent): Promise<void> {
    const p = event.payload as Payload;
    const queueKind = QUEUE_KINDS[event.type];
    if (queueKind) {
      if (p.caseId && p.threadId) await this.hub.publish('queue', { kind: queueKind, caseId: p.caseId, threadId: p.threadId });
      return;
    }
    const message = threadMessage(event.type, p);
    if (message && p.threadId) await this.hub.publish(`thread:${p.threadId}`, message);
  }
}
