import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeliveredEvent, OutboxService } from '../database/outbox/outbox.service.js';
import { Tx } from '../database/tx.js';
import { ContentAccess, PostKind, Viewer } from './content-access.service.js';
import { FollowsService } from './follows.service.js';
import { LiveHub } from './live/live-hub.js';
import { NotificationKind as K, VOTE_MILESTONES } from './notification-kinds.js';
import { Candidate, Delivered, NotificationWriter } from './notification-writer.service.js';

export const NOTIFICATIONS_CONSUMER = 'notifications';

// Moderation actions on a thread that its asker hears about (pins and the original's side of a merge are not theirs).
const THREAD_ACTIONS_TOLD = new Set(['close', 'reopen', 'lock', 'unlock', 'mark_duplicate', 'merge', 'move', 'community_close', 'community_reopen']);

type Payload = Record<string, any>;

/**
 * Turns domain events into inbox notifications, after commit (a rolled-back change wrote no
 * event, so it notifies nobody). Each event is handled in its own transaction and is
 * idempotent: every candidate carries a dedupe key, so a redelivered batch adds nothing. Who is
 * told is decided from the rows as they are now: content deleted or hidden since, or that a
 * recipient may not see, notifies no one who cannot read it. So order hardly matters (an event that
 * fails comes again after later ones): the asker follows their thread by default, before their
 * ask is delivered; only an answerer whose answer's event failed misses the answers posted before
 * it is delivered (their auto-follow comes with it).
 */
@Injectable()
export class NotificationEventsConsumer implements OnModuleInit {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly tx: Tx,
    private readonly outbox: OutboxService,
    private readonly writer: NotificationWriter,
    private readonly follows: FollowsService,
    private readonly access: ContentAccess,
    private readonly hub: LiveHub,
  ) {}

  onModuleInit(): void {
    this.outbox.on(
      NOTIFICATIONS_CONSUMER,
      [
        'forum.thread.asked', 'forum.thread.edited', 'forum.answer.posted', 'forum.answer.edited', 'forum.answer.accepted',
        'forum.comment.added', 'forum.vote.changed', 'experts.certification.granted', 'moderation.flag.resolved',
        'forum.post.hidden', 'forum.post.unhidden', 'forum.thread.moderated',
        'webcare.case.replied_public', 'webcare.case.replied_private', 'webcare.case.assigned', 'webcare.case.resolved', 'webcare.case.breached',
      ],
      async (events) => {
        for (const event of events) {
          const delivered = await this.tx.run((em) => this.handle(em, event));
          await this.announce(delivered);
        }
      },
    );
  }

  /** Produces the event's notifications in the caller's transaction; returns what was written. */
  async handle(em: EntityManager, event: DeliveredEvent): Promise<Delivered[]> {
    const p = event.payload as Payload;
    if (event.type.startsWith('webcare.') && !p.caseId) {
      this.logger.warn(`${event.type} without a caseId: nothing to notify`);
      return [];
    }
    const byEvent = (recipientId: string) => `event:${event.id}:${recipientId}`;
    switch (event.type) {
      case 'forum.thread.asked':
        await this.follows.autoFollow(em, p.threadId, p.authorId, 'ASKED');
        return this.forPost(em, 'QUESTION', p.threadId, this.mentions(p, p.threadId));
      case 'forum.thread.edited':
        return this.forPost(em, 'QUESTION', p.threadId, this.mentions({ ...p, authorId: p.editorId }, p.threadId));
      case 'forum.answer.posted': {
        await this.follows.autoFollow(em, p.threadId, p.authorId, 'ANSWERED');
        const ref = { threadId: p.threadId, postId: p.answerId, answerId: p.answerId, categoryId: p.categoryId, actorId: p.authorId };
        const candidates: Candidate[] = [];
        // A staff answer and the case reply it makes share one key: the asker hears it once.
        if (p.askerId !== p.authorId && (await this.follows.follows(em, p.threadId, p.askerId, true))) {
          candidates.push({ ...ref, recipientId: p.askerId, kind: p.isStaff ? K.STAFF_REPLIED : K.NEW_ANSWER, key: `answer:${p.answerId}:${p.askerId}`, data: p.isStaff ? { private: false } : {} });
        }
        candidates.push(...this.mentions(p, p.answerId, ref));
        for (const follower of await this.follows.followers(em, p.threadId)) {
          if (follower !== p.authorId && follower !== p.askerId) candidates.push({ ...ref, recipientId: follower, kind: K.FOLLOWED_THREAD_ANSWER, key: byEvent(follower) });
        }
        return this.forPost(em, 'ANSWER', p.answerId, candidates);
      }
      case 'forum.answer.edited':
        return this.forPost(em, 'ANSWER', p.answerId, this.mentions({ ...p, authorId: p.editorId }, p.answerId, { threadId: p.threadId, postId: p.answerId, answerId: p.answerId }));
      case 'forum.answer.accepted':
        if (p.authorId === p.acceptorId) return [];
        // Once per answer: accepting, unaccepting and accepting again tells its author once.
        return this.forPost(em, 'ANSWER', p.answerId, [
          { recipientId: p.authorId, kind: K.ANSWER_ACCEPTED, key: `accepted:${p.answerId}`, threadId: p.threadId, postId: p.answerId, answerId: p.answerId, actorId: p.acceptorId },
        ]);
      case 'forum.comment.added': {
        const ref = { threadId: p.threadId, postId: p.answerId ?? p.threadId, answerId: p.answerId, commentId: p.commentId, actorId: p.authorId };
        const candidates: Candidate[] = [];
        if (p.postAuthorId && p.postAuthorId !== p.authorId) candidates.push({ ...ref, recipientId: p.postAuthorId, kind: K.COMMENT_ON_POST, key: byEvent(p.postAuthorId) });
        candidates.push(...this.mentions(p, p.commentId, ref));
        return this.forPost(em, 'COMMENT', p.commentId, candidates);
      }
      case 'forum.vote.changed':
        return this.voteMilestone(em, p);
      case 'experts.certification.granted':
        return this.writer.write(em, [{ recipientId: p.userId, kind: K.CERTIFICATION_GRANTED, key: `certification:${p.certificationId}`, categoryId: p.categoryId }]);
      case 'moderation.flag.resolved': {
        const candidates = (p.flaggerIds as string[]).map((flagger) => ({
          recipientId: flagger, kind: K.FLAG_OUTCOME, key: `flag:${p.reviewItemId}:${flagger}`, threadId: p.threadId, postId: p.postId, data: { outcome: p.outcome, action: p.action },
        }));
        return this.forThread(em, p.threadId, candidates);
      }
      case 'forum.post.hidden':
      case 'forum.post.unhidden': {
        if (p.actorId && p.actorId === p.authorId) return [];
        const action = event.type === 'forum.post.hidden' ? 'hidden' : 'unhidden';
        // The author always sees their own post, hidden or not: only deletion silences this.
        return this.forThread(em, p.threadId, [
          { recipientId: p.authorId, kind: K.POST_MODERATED, key: byEvent(p.authorId), threadId: p.threadId, postId: p.postId, actorId: p.actorId, data: { action, reason: p.reason ?? null } },
        ]);
      }
      case 'forum.thread.moderated': {
        if (!THREAD_ACTIONS_TOLD.has(p.action)) return [];
        const thread = await this.access.thread(em, p.threadId);
        const authorId: string | undefined = p.authorId ?? thread?.authorId;
        if (!authorId || authorId === p.actorId) return [];
        return this.forThread(em, p.threadId, [
          { recipientId: authorId, kind: K.POST_MODERATED, key: byEvent(authorId), threadId: p.threadId, postId: p.threadId, actorId: p.actorId ?? null, data: { action: p.action, reason: p.reason ?? null } },
        ]);
      }
      case 'webcare.case.replied_public': {
        const thread = await this.access.thread(em, p.threadId);
        if (!thread) return [];
        return this.writer.write(em, [
          { recipientId: thread.authorId, kind: K.STAFF_REPLIED, key: `answer:${p.answerId}:${thread.authorId}`, threadId: p.threadId, caseId: p.caseId, postId: p.answerId, answerId: p.answerId, actorId: p.staffId, data: { private: false } },
        ]);
      }
      case 'webcare.case.replied_private': {
        const ref = { threadId: p.threadId, caseId: p.caseId, actorId: p.authorId, data: { private: true } };
        if (p.fromStaff) return this.writer.write(em, [{ ...ref, recipientId: p.memberId, kind: K.STAFF_REPLIED, key: `message:${p.messageId}` }]);
        const assigneeId = (await this.access.caseStaff(em, p.caseId))?.assigneeId;
        return assigneeId ? this.writer.write(em, [{ ...ref, recipientId: assigneeId, kind: K.MEMBER_REPLIED, key: `message:${p.messageId}` }]) : [];
      }
      case 'webcare.case.assigned':
        if (!p.toAssigneeId || p.toAssigneeId === p.actorId) return [];
        return this.writer.write(em, [{ recipientId: p.toAssigneeId, kind: K.CASE_ASSIGNED, key: byEvent(p.toAssigneeId), threadId: p.threadId, caseId: p.caseId, actorId: p.actorId }]);
      case 'webcare.case.resolved':
        return this.writer.write(em, [{ recipientId: p.memberId, kind: K.CASE_RESOLVED, key: `resolved:${p.caseId}:${event.id}`, threadId: p.threadId, caseId: p.caseId, actorId: p.resolverId }]);
      case 'webcare.case.breached': {
        const staff = await this.access.caseStaff(em, p.caseId);
        // Unassigned, the whole team hears of it.
        const recipients = staff?.assigneeId ? [staff.assigneeId] : await this.access.teamMembers(em, staff?.teamId ?? null);
        return this.writer.write(
          em,
          recipients.map((r) => ({ recipientId: r, kind: K.CASE_BREACHED, key: `breach:${p.caseId}:${p.clock}:${r}`, threadId: p.threadId, caseId: p.caseId, data: { clock: p.clock, dueAt: p.dueAt } })),
        );
      }
      default:
        this.logger.warn(`no notifications for ${event.type}`);
        return [];
    }
  }

  /** Tells this member's open subscriptions (on any instance) that their inbox changed. */
  async announce(delivered: Delivered[]): Promise<void> {
    for (const d of delivered) await this.hub.publish(`user:${d.recipientId}`, { notificationId: d.notificationId });
  }

  // Mentions notify once per post and member, so an edit that keeps a mention does not repeat it.
  private mentions(p: Payload, postId: string, ref: Partial<Candidate> = { threadId: p.threadId, postId }): Candidate[] {
    const ids = ((p.mentionIds as string[] | undefined) ?? []).filter((id) => id !== p.authorId);
    return ids.map((id) => ({ ...ref, actorId: p.authorId, recipientId: id, kind: K.MENTION, key: `mention:${postId}:${id}` }));
  }

  // Only recipients who may read the post as it is now.
  private async forPost(em: EntityManager, kind: PostKind, postId: string, candidates: Candidate[]): Promise<Delivered[]> {
    if (!candidates.length) return [];
    const post = await this.access.post(em, kind, postId);
    const thread = post && (await this.access.thread(em, post.threadId));
    if (!post || !thread) return [];
    const allowed = await this.visible(em, candidates, (viewer) => this.access.seesPost(em, viewer, thread, post));
    return this.writer.write(em, allowed);
  }

  // Moderation outcomes reach their member even when the post is now hidden or deleted: the
  // notification carries the decision, and its thread field shows only what the member may see.
  private async forThread(em: EntityManager, threadId: string, candidates: Candidate[]): Promise<Delivered[]> {
    if (!candidates.length || !(await this.access.thread(em, threadId))) return [];
    return this.writer.write(em, candidates);
  }

  private async visible(em: EntityManager, candidates: Candidate[], sees: (viewer: Viewer) => Promise<boolean>): Promise<Candidate[]> {
    const roles = await this.access.roles(em, [...new Set(candidates.map((c) => c.recipientId))]);
    const out: Candidate[] = [];
    for (const c of candidates) {
      const role = roles.get(c.recipientId);
      if (role && (await sees({ id: c.recipientId, role }))) out.push(c);
    }
    return out;
  }

  // A milestone is told once per post, however often the score crosses it.
  private async voteMilestone(em: EntityManager, p: Payload): Promise<Delivered[]> {
    if (p.value !== 1) return [];
    const post = await this.access.post(em, p.postKind, p.postId);
    if (!post || post.score === null) return [];
    const reached = VOTE_MILESTONES.filter((m) => post.score! >= m).pop();
    if (!reached) return [];
    return this.forPost(em, p.postKind, p.postId, [
      {
        recipientId: post.authorId, kind: K.VOTE_MILESTONE, key: `milestone:${p.postId}:${reached}`, threadId: p.threadId, postId: p.postId,
        answerId: p.postKind === 'ANSWER' ? p.postId : null, data: { milestone: reached },
      },
    ]);
  }
}
