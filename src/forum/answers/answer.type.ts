import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { Connection } from '../../common/pagination/connection.js';

export interface AnswerRow {
  id: string;
  threadId: string;
  authorId: string;
  body: string;
  bodyHtml: string;
  score: number;
  isExpert: boolean;
  isStaff: boolean;
  isAccepted: boolean;
  commentCount: number;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  hiddenAt: Date | null;
}

@ObjectType('Answer')
export class AnswerType {
  @Field(() => ID) id: string;
  @Field(() => Int) score: number;
  @Field({ description: 'Written by an expert certified in the thread category' }) isExpert: boolean;
  @Field({ description: 'Written by staff (webcare)' }) isStaff: boolean;
  @Field() isAccepted: boolean;
  @Field(() => Int) commentCount: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field() deleted: boolean;
  body: string;
  bodyHtml: string;
  threadId: string;
  authorId: string;
}

export const AnswerConnection = Connection(AnswerType);

@InputType()
export class AnswerQuestionInput {
  @Field(() => ID) @IsUUID() threadId: string;
  @Field() @IsString() @Length(20, 30000, { message: 'an answer must be 20 to 30000 characters' }) body: string;
}

@InputType()
export class EditAnswerInput {
  @Field(() => ID) @IsUUID() answerId: string;
  @Field() @IsString() @Length(20, 30000, { message: 'an answer must be 20 to 30000 characters' }) body: string;
  @Field() @IsString() @Length(3, 300, { message: 'say why you edit (3 to 300 characters)' }) reason: string;
}
