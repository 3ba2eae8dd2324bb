import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { Connection, PageArgs } from '../common/pagination/connection.js';
import { NotificationKind } from './notification-kinds.js';

export interface NotificationRow {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  threadId: string | null;
  postId: string | null;
  answerId: string | null;
  commentId: string | null;
  caseId: string | null;
  categoryId: string | null;
  actorId: string | null;
  actorIds: string[];
  count: number;
  data: NotificationData;
  readAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Kind-specific details kept with a notification. */
export interface NotificationData {
  reason?: string | null;
  action?: string | null;
  outcome?: string | null;
  milestone?: number;
  private?: boolean;
  clock?: string;
  dueAt?: string;
}

@ObjectType('Notification', { description: 'One inbox item; `count` > 1 when several of one kind on one subject were grouped' })
export class NotificationType {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field(() => Int, { description: 'how many items this group holds (e.g. 5 new answers)' }) count: number;
  @Field(() => ID, { nullable: true }) threadId: string | null;
  @Field(() => ID, { nullable: true, description: 'the question or answer concerned' }) postId: string | null;
  @Field(() => ID, { nullable: true, description: 'the latest answer of the group' }) answerId: string | null;
  @Field(() => ID, { nullable: true, description: 'the latest comment of the group' }) commentId: string | null;
  @Field(() => ID, { nullable: true, description: 'the webcare case' }) caseId: string | null;
  @Field(() => Date, { description: 'when the first item arrived' }) createdAt: Date;
  @Field(() => Date, { description: 'when the latest item arrived' }) updatedAt: Date;
  readAt: Date | null;
  actorId: string | null;
  actorIds: string[];
  categoryId: string | null;
  data: NotificationData;
}

export const NotificationConnection = Connection(NotificationType);

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() unreadOnly: boolean = false;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceType {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() enabled: boolean;
}

@InputType()
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind) @IsEnum(NotificationKind) kind: NotificationKind;
  @Field() @IsBoolean() enabled: boolean;
}

@ObjectType('ThreadFollow')
export class ThreadFollowType {
  @Field(() => ID) threadId: string;
  @Field() following: boolean;
}
