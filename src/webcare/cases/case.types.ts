import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Connection, PageArgs } from '../../common/pagination/connection.js';
import { CASE_STATUSES, type CaseStatus } from '../case-state.js';
import { ESCALATION_REASON_KINDS, PRIORITIES, type EscalationReasonKind, type Priority } from '../sla.js';
import { CasePriority } from '../admin/webcare-admin.types.js';

export enum CaseStatusEnum {
  NEW = 'NEW',
  OPEN = 'OPEN',
  PENDING_MEMBER = 'PENDING_MEMBER',
  RESOLVED = 'RESOLVED',
}
registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });

export enum EscalationReason {
  UNANSWERED = 'UNANSWERED',
  UNRESOLVED = 'UNRESOLVED',
  MEMBER_ASKED_HELP = 'MEMBER_ASKED_HELP',
  MEMBER_ASKED_PRIVATE = 'MEMBER_ASKED_PRIVATE',
  ESCALATED_BY_EXPERT = 'ESCALATED_BY_EXPERT',
  ESCALATED_BY_STAFF = 'ESCALATED_BY_STAFF',
  FLAGGED_NEEDS_STAFF = 'FLAGGED_NEEDS_STAFF',
  COMPLAINT = 'COMPLAINT',
}
registerEnumType(EscalationReason, { name: 'EscalationReason' });

export enum QueueView {
  UNASSIGNED = 'UNASSIGNED',
  MINE = 'MINE',
  BREACHED = 'BREACHED',
  PENDING_MEMBER = 'PENDING_MEMBER',
  ALL_OPEN = 'ALL_OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(QueueView, {
  name: 'QueueView',
  description: 'UNASSIGNED: NEW cases nobody has; MINE: my open cases; BREACHED: open cases past a due time; PENDING_MEMBER; ALL_OPEN; RESOLVED',
});

export enum AssignmentKind {
  CLAIM = 'CLAIM',
  ASSIGN = 'ASSIGN',
  TRANSFER = 'TRANSFER',
}
registerEnumType(AssignmentKind, { name: 'CaseAssignmentKind', description: 'TRANSFER: the case moved away from an agent or to another team' });

/** A case row as services return it. */
export interface CaseRow {
  id: string;
  threadId: string;
  memberId: string;
  categoryId: string;
  teamId: string | null;
  priority: Priority;
  status: CaseStatus;
  assigneeId: string | null;
  isPrivate: boolean;
  firstResponseSeconds: number;
  resolutionSeconds: number;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  pausedSince: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
  transferCount: number;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  dueAt: Date;
}

export interface ReasonRow {
  id: string;
  caseId: string;
  kind: EscalationReasonKind;
  priority: Priority;
  detail: string;
  actorId: string | null;
  createdAt: Date;
}

@ObjectType('CaseReason', { description: 'One trigger that opened or joined the case' })
export class CaseReasonType {
  @Field(() => ID) id: string;
  @Field(() => EscalationReason) kind: EscalationReasonKind;
  @Field(() => CasePriority, { description: 'The priority this trigger asks for' }) priority: Priority;
  @Field({ description: 'Why, in words: the member’s reason, the window that passed, or the complaint phrases that fired' }) detail: string;
  @Field() createdAt: Date;
  actorId: string | null;
}

@ObjectType('SlaClock')
export class ClockStatusType {
  @Field() dueAt: Date;
  @Field() breached: boolean;
  @Field(() => Date, { nullable: true }) breachedAt: Date | null;
  @Field(() => Float, { nullable: true, description: 'Seconds left (negative when overdue); null once met' }) remainingSeconds: number | null;
  @Field(() => Date, { nullable: true }) metAt: Date | null;
}

@ObjectType('CaseSla')
export class CaseSlaType {
  @Field(() => CasePriority) priority: Priority;
  @Field({ description: 'The resolution clock is paused (waiting on the member)' }) paused: boolean;
  @Field(() => ClockStatusType) firstResponse: ClockStatusType;
  @Field(() => ClockStatusType) resolution: ClockStatusType;
}

@ObjectType('WebcareCase', { description: 'An escalated thread in the webcare queue (staff only)' })
export class CaseType {
  @Field(() => ID) id: string;
  @Field(() => CasePriority) priority: Priority;
  @Field(() => CaseStatusEnum) status: CaseStatus;
  @Field({ description: 'The member asked to continue in private (account details involved)' }) isPrivate: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field() firstResponseDueAt: Date;
  @Field({ description: 'While paused: the due time if the clock resumed now' }) resolutionDueAt: Date;
  @Field(() => Date, { nullable: true }) firstRespondedAt: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => String, { nullable: true }) resolutionNote: string | null;
  @Field(() => Int, { description: 'Times the case moved from one agent or team to another' }) transferCount: number;
  @Field(() => Int, { nullable: true }) rating: number | null;
  @Field(() => String, { nullable: true }) ratingComment: string | null;
  @Field(() => Date, { nullable: true }) ratedAt: Date | null;
  threadId: string;
  memberId: string;
  categoryId: string;
  teamId: string | null;
  assigneeId: string | null;
}

export const CaseConnection = Connection(CaseType, 'WebcareCase');

@ObjectType('CaseAssignment')
export class AssignmentType {
  @Field(() => ID) id: string;
  @Field(() => AssignmentKind) kind: AssignmentKind;
  @Field() note: string;
  @Field() createdAt: Date;
  fromAssigneeId: string | null;
  toAssigneeId: string | null;
  fromTeamId: string | null;
  toTeamId: string | null;
  actorId: string;
}

@ObjectType('CaseNote', { description: 'Internal note: staff only, never shown to members' })
export class NoteType {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field() createdAt: Date;
  authorId: string;
}

@ObjectType('CaseMessage', { description: 'Private conversation between the asker and staff' })
export class MessageType {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field() fromStaff: boolean;
  @Field() createdAt: Date;
  authorId: string;
  caseId: string;
}

@ObjectType('HelpCase', { description: 'What the asker (and staff) see of the webcare case on their thread' })
export class HelpCaseType {
  @Field(() => ID) id: string;
  @Field(() => CaseStatusEnum) status: CaseStatus;
  @Field({ description: 'A staff member has taken the case' }) assigned: boolean;
  @Field() isPrivate: boolean;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => Int, { nullable: true }) rating: number | null;
  @Field(() => String, { nullable: true }) ratingComment: string | null;
  @Field({ description: 'Resolved and not rated yet' }) canRate: boolean;
  memberId: string;
}

@InputType()
export class QueueFilter {
  @Field(() => CasePriority, { nullable: true }) @IsOptional() @IsEnum(PRIORITIES) priority?: Priority;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() categoryId?: string;
  @Field(() => CaseStatusEnum, { nullable: true }) @IsOptional() @IsEnum(CASE_STATUSES) status?: CaseStatus;
}

@ArgsType()
export class QueueArgs extends PageArgs {
  @Field(() => QueueView, { defaultValue: QueueView.UNASSIGNED }) @IsEnum(QueueView) view: QueueView = QueueView.UNASSIGNED;
  @Field(() => ID, { nullable: true, description: "A team's queue; default: my teams and cases with no team (MINE: all my cases)" })
  @IsOptional() @IsUUID()
  teamId?: string;
  @Field(() => QueueFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => QueueFilter) filter?: QueueFilter;
}

@InputType()
export class ThreadHelpInput {
  @Field(() => ID) @IsUUID() threadId: string;
  @Field() @IsString() @Length(5, 1000, { message: 'say why in 5 to 1000 characters' }) reason: string;
}

@InputType()
export class EscalateThreadInput extends ThreadHelpInput {
  @Field({ defaultValue: false }) @IsBoolean() urgent: boolean;
}

@InputType()
export class AssignCaseInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => ID, { nullable: true, description: 'A colleague (staff)' }) @IsOptional() @IsUUID() assigneeId?: string;
  @Field(() => ID, { nullable: true, description: 'Another team; without an assignee the case goes back to that team’s unassigned queue' })
  @IsOptional() @IsUUID()
  teamId?: string;
  @Field() @IsString() @Length(3, 500, { message: 'say why (3 to 500 characters)' }) note: string;
}

@InputType()
export class CaseTextInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field() @IsString() @Length(1, 10000) body: string;
}

@InputType()
export class PublicReplyInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field() @IsString() @Length(20, 30000, { message: 'an answer must be 20 to 30000 characters' }) body: string;
}

@InputType()
export class ResolveCaseInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field() @IsString() @Length(3, 2000, { message: 'a resolution note is 3 to 2000 characters' }) note: string;
}

@InputType()
export class RateCaseInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(5) rating: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) comment?: string;
}

export const isReasonKind = (k: string): k is EscalationReasonKind => (ESCALATION_REASON_KINDS as readonly string[]).includes(k);
