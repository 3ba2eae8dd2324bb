import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { Connection, PageArgs } from '../../common/pagination/connection.js';
import { ThreadSort, ThreadStatus } from '../forum.types.js';

/** A thread row as services return it. */
export interface ThreadRow {
  id: string;
  slug: string;
  categoryId: string;
  authorId: string;
  title: string;
  body: string;
  bodyHtml: string;
  status: ThreadStatus;
  acceptedAnswerId: string | null;
  score: number;
  answerCount: number;
  commentCount: number;
  viewCount: number;
  hasExpertAnswer: boolean;
  lastActivityAt: Date;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  lockedAt: Date | null;
  closedAt: Date | null;
  closeReason: string | null;
  duplicateOfId: string | null;
  pinnedAt: Date | null;
  hiddenAt: Date | null;
}

@ObjectType('Thread', { description: 'A question with its answers' })
export class ThreadType {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field(() => ThreadStatus) status: ThreadStatus;
  @Field(() => Int) score: number;
  @Field(() => Int) answerCount: number;
  @Field(() => Int) commentCount: number;
  @Field(() => Int) viewCount: number;
  @Field() hasExpertAnswer: boolean;
  @Field() lastActivityAt: Date;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field({ description: 'Only staff see deleted threads' }) deleted: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was closed (or marked duplicate)' }) closeReason: string | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Date, { nullable: true }) lockedAt: Date | null;
  @Field(() => Date, { nullable: true }) pinnedAt: Date | null;
  title: string;
  body: string;
  bodyHtml: string;
  categoryId: string;
  authorId: string;
  acceptedAnswerId: string | null;
}

export const ThreadConnection = Connection(ThreadType);

@InputType()
export class AskQuestionInput {
  @Field(() => ID) @IsUUID() categoryId: string;
  @Field() @IsString() @Length(15, 150, { message: 'title must be 15 to 150 characters' }) title: string;
  @Field() @IsString() @Length(20, 30000, { message: 'body must be 20 to 30000 characters' }) body: string;
  @Field(() => [String]) @ArrayMinSize(1, { message: 'a question needs 1 to 5 tags' }) @ArrayMaxSize(5, { message: 'a question needs 1 to 5 tags' }) @IsString({ each: true }) @MaxLength(35, { each: true }) tags: string[];
}

@InputType()
export class EditQuestionInput {
  @Field(() => ID) @IsUUID() threadId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(15, 150, { message: 'title must be 15 to 150 characters' }) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(20, 30000, { message: 'body must be 20 to 30000 characters' }) body?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(5) @IsString({ each: true }) @MaxLength(35, { each: true }) tags?: string[];
  @Field() @IsString() @Length(3, 300, { message: 'say why you edit (3 to 300 characters)' }) reason: string;
}

@InputType()
export class ThreadFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() categoryId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(35) tag?: string;
  @Field(() => ThreadStatus, { nullable: true }) @IsOptional() @IsEnum(ThreadStatus) status?: ThreadStatus;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() unanswered?: boolean;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() authorId?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() hasExpertAnswer?: boolean;
}

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field(() => ThreadFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ThreadFilter) filter?: ThreadFilter;
  @Field(() => ThreadSort, { defaultValue: ThreadSort.ACTIVITY }) @IsEnum(ThreadSort) sort: ThreadSort = ThreadSort.ACTIVITY;
}
