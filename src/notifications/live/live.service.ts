import { Injectable } from '@nestjs/common';
import { Actor, hasRole, isStaff } from '../../common/auth/actor.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { DomainError } from '../../common/errors/domain-errors.js';
import { AuthService } from '../../auth/auth.service.js';
import { Tx } from '../../database/tx.js';
import { AnswersService } from '../../forum/answers/answers.service.js';
import { PostKind } from '../../forum/forum.types.js';
import { ThreadsService } from '../../forum/threads/threads.service.js';
import { ContentAccess } from '../content-access.service.js';
import { NotificationsService } from '../notifications.service.js';
import { NotificationRow } from '../notification.types.js';
import { LiveHub } from './live-hub.js';
import { LiveStream } from './live-stream.js';
import { QueueChangeKind, QueueChangeType, REMOVALS, ThreadUpdateKind, ThreadUpdateType } from './live.types.js';

// graphql-ws close code for a refused connection; clients reconnect with a fresh token.
const FORBIDDEN = 4403;

type Data = Record<string, unknown>;

/**
 * The subscriptions' rules. Messages carry ids only; for every message and every subscriber the
 * token is checked again (expired, revoked or suspended closes the connection) and the content
 * is re-read as that subscriber may see it now.
 */
@Injectable()
export class LiveService {
  constructor(
    private readonly hub: LiveHub,
    private readonly tx: Tx,
    private readonly auth: AuthService,
    private readonly access: ContentAccess,
    private readonly threads: ThreadsService,
    private readonly answers: AnswersService,
    private readonly notifications: NotificationsService,
  ) {}

  async threadUpdates(ctx: GqlContext, threadId: string): Promise<LiveStream<Data, { threadUpdated: ThreadUpdateType }>> {
    await this.threads.get(ctx.actor, { id: threadId }); // NOT_FOUND as for reading it
    return this.hub.stream(`thread:${threadId}`, async (data) => {
      const viewer = await this.recheck(ctx);
      const update = viewer && (await this.threadUpdateFor(viewer, data));
      return update ? { threadUpdated: update } : undefined;
    });
  }

  notificationsOf(ctx: GqlContext): LiveStream<Data, { notificationAdded: NotificationRow }> {
    const recipientId = ctx.actor!.id;
    return this.hub.stream(`user:${recipientId}`, async (data) => {
      const viewer = await this.recheck(ctx);
      if (!viewer || viewer.id !== recipientId) return undefined;
      const row = await this.notifications.findOwn(recipientId, String(data.notificationId));
      return row ? { notificationAdded: row } : undefined;
    });
  }

  queueChanges(ctx: GqlContext): LiveStream<Data, { queueChanged: QueueChangeType }> {
    return this.hub.stream('queue', async (data) => {
      const viewer = await this.recheck(ctx);
      if (!viewer || !isStaff(viewer)) return undefined;
      const change = await this.queueChangeFor(viewer, data);
      return change ? { queueChanged: change } : undefined;
    });
  }

  /** The subscriber as of now, or null (and the connection closed) when the token no longer holds. */
  private async recheck(ctx: GqlContext): Promise<Actor | null> {
    ctx.loaders.clear(); // each event is read fresh, never from an earlier event's cache
    if (!ctx.subscription) return ctx.actor;
    try {
      ctx.actor = await this.auth.authenticate(ctx.subscription.token);
      return ctx.actor;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      ctx.actor = null;
      ctx.subscription.close(FORBIDDEN, 'Forbidden');
      return null;
    }
  }

  private async threadUpdateFor(viewer: Actor, data: Data): Promise<ThreadUpdateType | null> {
    const em = this.tx.em;
    const kind = data.kind as ThreadUpdateKind;
    const thread = await this.access.thread(em, String(data.threadId));
    if (!thread) return null;
    const postKind = (data.postKind as PostKind | undefined) ?? null;
    const update: ThreadUpdateType = {
      kind, threadId: thread.id, postId: (data.postId as string | undefined) ?? null, postKind,
      answerId: (data.answerId as string | undefined) ?? null, action: (data.action as string | undefined) ?? null,
      score: null, thread: null, answer: null,
    };
    if (REMOVALS.has(kind)) return update;
    if (!(await this.access.seesThread(em, viewer, thread))) return null;
    if (update.postId && postKind) {
      const post = await this.access.post(em, postKind, update.postId);
      if (!post || !(await this.access.seesPost(em, viewer, thread, post))) return null;
      update.score = post.score;
      if (postKind === PostKind.ANSWER) [update.answer] = await this.answers.byIds([post.id]);
    }
    [update.thread] = await this.threads.byIds([thread.id]);
    return update;
  }

  // Staff see the queue of their teams: admins all of it, others their teams', unrouted cases and their own.
  private async queueChangeFor(viewer: Actor, data: Data): Promise<QueueChangeType | null> {
    const c = await this.access.caseStaff(this.tx.em, String(data.caseId));
    if (!c) return null;
    const change = { kind: data.kind as QueueChangeKind, caseId: String(data.caseId), threadId: String(data.threadId), teamId: c.teamId, assigneeId: c.assigneeId };
    if (hasRole(viewer, 'ADMIN') || !c.teamId || c.assigneeId === viewer.id) return change;
    return (await this.access.isTeamMember(this.tx.em, c.teamId, viewer.id)) ? change : null;
  }
}
