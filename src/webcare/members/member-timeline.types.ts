import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Connection, PageArgs } from '../../common/pagination/connection.js';

export enum ContactChannel {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  WHATSAPP = 'WHATSAPP',
  SOCIAL = 'SOCIAL',
  OTHER = 'OTHER',
}
registerEnumType(ContactChannel, { name: 'ContactChannel' });

export enum TimelineEntryKind {
  THREAD = 'THREAD',
  CASE = 'CASE',
  RATING = 'RATING',
  CONTACT = 'CONTACT',
}
registerEnumType(TimelineEntryKind, { name: 'TimelineEntryKind' });

export interface ContactRow {
  id: string;
  memberId: string;
  channel: ContactChannel;
  summary: string;
  caseId: string | null;
  loggedBy: string;
  createdAt: Date;
}

@ObjectType('MemberContact', { description: 'A contact with the member on another channel, logged by staff' })
export class ContactType {
  @Field(() => ID) id: string;
  @Field(() => ContactChannel) channel: ContactChannel;
  @Field() summary: string;
  @Field(() => ID, { nullable: true }) caseId: string | null;
  @Field() createdAt: Date;
  memberId: string;
  loggedBy: string;
}

export interface TimelineRow {
  kind: TimelineEntryKind;
  id: string;
  at: Date;
  threadId: string | null;
  caseId: string | null;
  title: string | null;
  detail: string | null;
  channel: ContactChannel | null;
  rating: number | null;
}

@ObjectType('TimelineEntry', { description: 'One event in a member’s history across the forum, webcare and other channels' })
export class TimelineEntryType {
  @Field(() => ID) id: string;
  @Field(() => TimelineEntryKind) kind: TimelineEntryKind;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) threadId: string | null;
  @Field(() => ID, { nullable: true }) caseId: string | null;
  @Field(() => String, { nullable: true, description: 'Thread title' }) title: string | null;
  @Field(() => String, { nullable: true, description: 'Thread status; case status and priority; rating comment; contact summary' }) detail: string | null;
  @Field(() => ContactChannel, { nullable: true }) channel: ContactChannel | null;
  @Field(() => Int, { nullable: true }) rating: number | null;
}

export const TimelineConnection = Connection(TimelineEntryType, 'Timeline');

@ObjectType('WebcareMember', { description: "A member as staff see them: the figures and the whole history on one timeline" })
export class WebcareMemberType {
  @Field(() => ID) id: string;
  @Field(() => Int) reputation: number;
  @Field(() => Int) threadCount: number;
  @Field(() => Int) caseCount: number;
  @Field(() => Int) openCaseCount: number;
  @Field(() => Int) ratingsGiven: number;
  @Field(() => Float, { nullable: true, description: 'Average satisfaction the member gave (1–5)' }) averageRating: number | null;
}

@InputType()
export class LogContactInput {
  @Field(() => ID) @IsUUID() memberId: string;
  @Field(() => ContactChannel) @IsEnum(ContactChannel) channel: ContactChannel;
  @Field() @IsString() @Length(3, 2000, { message: 'a summary is 3 to 2000 characters' }) summary: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() caseId?: string;
}

@ArgsType()
export class TimelineArgs extends PageArgs {}
