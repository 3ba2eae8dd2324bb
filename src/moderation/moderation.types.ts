import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { Connection } from '../common/pagination/connection.js';
import { PostKind } from '../forum/forum.types.js';

export enum FlagReason {
  SPAM = 'SPAM',
  OFFENSIVE = 'OFFENSIVE',
  OFF_TOPIC = 'OFF_TOPIC',
  DUPLICATE = 'DUPLICATE',
  NEEDS_STAFF = 'NEEDS_STAFF',
}
registerEnumType(FlagReason, { name: 'FlagReason' });

export enum FlagStatus {
  PENDING = 'PENDING',
  HELPFUL = 'HELPFUL',
  DECLINED = 'DECLINED',
}
registerEnumType(FlagStatus, { name: 'FlagStatus' });

export enum ReviewStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  IGNORED = 'IGNORED',
}
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });

export enum ReviewDecision {
  AGREE = 'AGREE',
  DISMISS = 'DISMISS',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision', description: 'AGREE marks the flags helpful and acts; DISMISS declines them (and unhides an auto-hidden post)' });

export enum ReviewAction {
  NONE = 'NONE',
  HIDE = 'HIDE',
  DELETE = 'DELETE',
  CLOSE = 'CLOSE',
  MARK_DUPLICATE = 'MARK_DUPLICATE',
}
registerEnumType(ReviewAction, { name: 'ReviewAction' });

@ObjectType('Flag')
export class FlagType {
  @Field(() => ID) id: string;
  @Field(() => FlagReason) reason: FlagReason;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => ID, { nullable: true }) duplicateOfId: string | null;
  @Field() weight: number;
  @Field(() => FlagStatus) status: FlagStatus;
  @Field() createdAt: Date;
  flaggerId: string;
}

@ObjectType('ReviewHistoryEntry')
export class ReviewHistoryEntryType {
  @Field(() => ReviewStatus) status: ReviewStatus;
  @Field() action: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() createdAt: Date;
  actorId: string | null;
}

@ObjectType('AuthorRecord', { description: "What a reviewer needs to know of the post's author" })
export class AuthorRecordType {
  @Field(() => Int) reputation: number;
  @Field(() => Int) hiddenPosts: number;
  @Field(() => Int) helpfulFlagsAgainst: number;
  @Field(() => Date, { nullable: true }) suspendedUntil: Date | null;
}

@ObjectType('ReviewItem', { description: 'One flagged post awaiting (or past) review' })
export class ReviewItemType {
  @Field(() => ID) id: string;
  @Field(() => PostKind) postKind: PostKind;
  @Field(() => ID) postId: string;
  @Field(() => ReviewStatus) status: ReviewStatus;
  @Field() weight: number;
  @Field() autoHidden: boolean;
  @Field(() => Int, { description: 'Send it back with resolveReviewItem: a stale version is CONFLICT' }) version: number;
  @Field() createdAt: Date;
  threadId: string;
  categoryId: string;
  authorId: string;
}

export const ReviewItemConnection = Connection(ReviewItemType);

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID) id: string;
  @Field() action: string;
  @Field() targetKind: string;
  @Field(() => ID) targetId: string;
  @Field(() => ID, { nullable: true }) threadId: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the state before' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the state after' }) after: string | null;
  @Field() createdAt: Date;
  actorId: string | null;
}

export const AuditEntryConnection = Connection(AuditEntryType);

@InputType()
export class FlagPostInput {
  @Field(() => ID, { description: 'A question (thread id), answer or comment' }) @IsUUID() postId: string;
  @Field(() => FlagReason) @IsEnum(FlagReason) reason: FlagReason;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) comment?: string;
  @Field(() => ID, { nullable: true, description: 'Required for DUPLICATE: the original thread' }) @IsOptional() @IsUUID() duplicateOfId?: string;
  @Field({ nullable: true, description: 'NEEDS_STAFF only: someone may be at risk (goes to webcare as urgent)' }) @IsOptional() safety?: boolean;
}

@InputType()
export class ResolveReviewInput {
  @Field(() => ID) @IsUUID() reviewItemId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => ReviewDecision) @IsEnum(ReviewDecision) decision: ReviewDecision;
  @Field(() => ReviewAction, { defaultValue: ReviewAction.NONE }) @IsEnum(ReviewAction) action: ReviewAction;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() duplicateOfId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string;
}

@InputType()
export class ModerateThreadInput {
  @Field(() => ID) @IsUUID() threadId: string;
  @Field() @IsString() @Length(3, 300, { message: 'give a reason (3 to 300 characters)' }) reason: string;
}

@InputType()
export class MarkDuplicateInput {
  @Field(() => ID) @IsUUID() threadId: string;
  @Field(() => ID) @IsUUID() originalId: string;
  @Field({ defaultValue: 'duplicate' }) @IsString() @Length(3, 300) reason: string;
}

@InputType()
export class MoveThreadInput {
  @Field(() => ID) @IsUUID() threadId: string;
  @Field(() => ID) @IsUUID() categoryId: string;
  @Field() @IsString() @Length(3, 300) reason: string;
}

@InputType()
export class HidePostInput {
  @Field(() => ID) @IsUUID() postId: string;
  @Field() @IsString() @Length(3, 300) reason: string;
}

@InputType()
export class CloseVoteInput {
  @Field(() => ID) @IsUUID() threadId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(3, 300) reason?: string;
}

@InputType()
export class SuspendMemberInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field() @Type(() => Date) @IsDate() until: Date;
  @Field() @Length(3, 500) reason: string;
}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actorId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) action?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() threadId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() targetId?: string;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;
}
