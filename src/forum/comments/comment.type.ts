import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

export interface CommentRow {
  id: string;
  threadId: string;
  answerId: string | null;
  authorId: string;
  body: string;
  bodyHtml: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  hiddenAt: Date | null;
}

@ObjectType('Comment')
export class CommentType {
  @Field(() => ID) id: string;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field() deleted: boolean;
  body: string;
  bodyHtml: string;
  threadId: string;
  answerId: string | null;
  authorId: string;
}

@InputType({ description: 'Comment on the question (threadId) or on an answer (answerId): give exactly one' })
export class AddCommentInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() threadId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() answerId?: string;
  @Field() @IsString() @Length(2, 600, { message: 'a comment must be 2 to 600 characters' }) body: string;
}
