import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AnswerType } from '../../forum/answers/answer.type.js';
import { PostKind } from '../../forum/forum.types.js';
import { ThreadType } from '../../forum/threads/thread.type.js';

export enum ThreadUpdateKind {
  ANSWER_POSTED = 'ANSWER_POSTED',
  ANSWER_EDITED = 'ANSWER_EDITED',
  ANSWER_DELETED = 'ANSWER_DELETED',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  ANSWER_UNACCEPTED = 'ANSWER_UNACCEPTED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  COMMENT_DELETED = 'COMMENT_DELETED',
  SCORE_CHANGED = 'SCORE_CHANGED',
  THREAD_EDITED = 'THREAD_EDITED',
  THREAD_DELETED = 'THREAD_DELETED',
  MODERATED = 'MODERATED',
  POST_HIDDEN = 'POST_HIDDEN',
  POST_UNHIDDEN = 'POST_UNHIDDEN',
}
registerEnumType(ThreadUpdateKind, { name: 'ThreadUpdateKind' });

/** Removal notices carry ids only: they tell a client to drop what it shows and reveal nothing new. */
export const REMOVALS = new Set([ThreadUpdateKind.ANSWER_DELETED, ThreadUpdateKind.COMMENT_DELETED, ThreadUpdateKind.THREAD_DELETED, ThreadUpdateKind.POST_HIDDEN]);

@ObjectType('ThreadUpdate', { description: 'Something changed on a thread; refetch what the kind names, or use the fresh objects given' })
export class ThreadUpdateType {
  @Field(() => ThreadUpdateKind) kind: ThreadUpdateKind;
  @Field(() => ID) threadId: string;
  @Field(() => ID, { nullable: true, description: 'the question, answer or comment concerned' }) postId: string | null;
  @Field(() => PostKind, { nullable: true }) postKind: PostKind | null;
  @Field(() => ID, { nullable: true, description: 'for a comment on an answer: that answer' }) answerId: string | null;
  @Field(() => String, { nullable: true, description: 'MODERATED: close, reopen, lock, unlock, pin, unpin, mark_duplicate, merge, move, …' }) action: string | null;
  @Field(() => Int, { nullable: true, description: 'the post score now (SCORE_CHANGED)' }) score: number | null;
  @Field(() => ThreadType, { nullable: true, description: 'the thread as the subscriber may see it now; null on removal notices' }) thread: unknown;
  @Field(() => AnswerType, { nullable: true, description: 'the answer concerned, as the subscriber may see it now' }) answer: unknown;
}

export enum QueueChangeKind {
  OPENED = 'OPENED',
  REASON_ADDED = 'REASON_ADDED',
  CLAIMED = 'CLAIMED',
  ASSIGNED = 'ASSIGNED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  REPLIED = 'REPLIED',
  RESOLVED = 'RESOLVED',
  BREACHED = 'BREACHED',
}
registerEnumType(QueueChangeKind, { name: 'QueueChangeKind' });

@ObjectType('QueueChange', { description: 'A webcare case changed; staff refetch the queue or the case' })
export class QueueChangeType {
  @Field(() => QueueChangeKind) kind: QueueChangeKind;
  @Field(() => ID) caseId: string;
  @Field(() => ID) threadId: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true }) assigneeId: string | null;
}
