import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

export const PLACEHOLDERS = ['member.name', 'thread.title', 'category.name', 'agent.name'] as const;

export interface SavedReplyRow {
  id: string;
  teamId: string;
  title: string;
  body: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType('SavedReply', { description: `A team's reply template; placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}` })
export class SavedReplyType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() body: string;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  teamId: string;
  createdBy: string;
}

@InputType()
export class CreateSavedReplyInput {
  @Field(() => ID) @IsUUID() teamId: string;
  @Field() @IsString() @Length(2, 120) title: string;
  @Field() @IsString() @Length(1, 10000) body: string;
}

@InputType()
export class UpdateSavedReplyInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 120) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 10000) body?: string;
}

@ObjectType('PublicReply')
export class PublicReplyType {
  @Field(() => ID) answerId: string;
  caseId: string;
}
