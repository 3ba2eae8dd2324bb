import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Connection, PageArgs } from '../../common/pagination/connection.js';

/** An article row as the service returns it. */
export interface ArticleRow {
  id: string;
  slug: string;
  categoryId: string;
  sourceThreadId: string | null;
  authorId: string;
  title: string;
  body: string;
  bodyHtml: string;
  tags: string[];
  version: number;
  hidden: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface ArticleVersionRow {
  number: number;
  editorId: string;
  reason: string;
  title: string;
  body: string;
  tags: string[];
  createdAt: Date;
}

@ObjectType('KnowledgeArticle', { description: 'Knowledge written or promoted from a solved thread; versioned' })
export class ArticleType {
  @Field(() => ID) id: string;
  @Field(() => String) slug: string;
  @Field(() => String) title: string;
  @Field(() => String, { description: 'Markdown source' }) body: string;
  @Field(() => String, { description: 'Rendered, sanitized HTML' }) bodyHtml: string;
  @Field(() => [String]) tags: string[];
  @Field(() => Int, { description: 'Current version number' }) version: number;
  @Field(() => Boolean, { description: 'Hidden articles are visible to staff and the category experts only' }) hidden: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  categoryId: string;
  sourceThreadId: string | null;
  authorId: string;
}

@ObjectType('KnowledgeArticleVersion')
export class ArticleVersionType {
  @Field(() => Int) number: number;
  @Field(() => String) title: string;
  @Field(() => String) body: string;
  @Field(() => [String]) tags: string[];
  @Field(() => String) reason: string;
  @Field(() => Date) createdAt: Date;
  editorId: string;
}

export const ArticleConnection = Connection(ArticleType, 'KnowledgeArticle');

const TAGS = { each: true } as const;

@InputType()
export class CreateArticleInput {
  @Field(() => ID) @IsUUID() categoryId: string;
  @Field(() => String) @IsString() @Length(15, 150, { message: 'title must be 15 to 150 characters' }) title: string;
  @Field(() => String) @IsString() @Length(20, 50000, { message: 'body must be 20 to 50000 characters' }) body: string;
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(5) @IsString(TAGS) @MaxLength(35, TAGS) tags: string[] = [];
}

@InputType()
export class EditArticleInput {
  @Field(() => ID) @IsUUID() articleId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(15, 150, { message: 'title must be 15 to 150 characters' }) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(20, 50000, { message: 'body must be 20 to 50000 characters' }) body?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(5) @IsString(TAGS) @MaxLength(35, TAGS) tags?: string[];
  @Field(() => String) @IsString() @Length(3, 300, { message: 'say why you edit (3 to 300 characters)' }) reason: string;
}

@ArgsType()
export class PromoteArgs {
  @Field(() => ID) @IsUUID() threadId: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the question title' }) @IsOptional() @IsString() @Length(15, 150, { message: 'title must be 15 to 150 characters' }) title?: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the question followed by the accepted answer' }) @IsOptional() @IsString() @Length(20, 50000, { message: 'body must be 20 to 50000 characters' }) body?: string;
}

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() categoryId?: string;
}
