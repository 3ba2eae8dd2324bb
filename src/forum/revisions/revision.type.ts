import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PostKind } from '../forum.types.js';

@ObjectType('Revision', { description: 'One version of a post; number 1 is the original' })
export class RevisionType {
  @Field(() => ID) id: string;
  @Field(() => PostKind) postKind: PostKind;
  @Field(() => ID) postId: string;
  @Field(() => Int) number: number;
  @Field() reason: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field() body: string;
  @Field(() => [String], { nullable: true }) tags: string[] | null;
  @Field() createdAt: Date;
  editorId: string;
}

@ObjectType('DiffPart')
export class DiffPartType {
  @Field() value: string;
  @Field() added: boolean;
  @Field() removed: boolean;
}

@ObjectType('RevisionDiff')
export class RevisionDiffType {
  @Field(() => RevisionType) from: RevisionType;
  @Field(() => RevisionType) to: RevisionType;
  @Field(() => [DiffPartType]) title: DiffPartType[];
  @Field(() => [DiffPartType]) body: DiffPartType[];
  @Field(() => [String]) tagsAdded: string[];
  @Field(() => [String]) tagsRemoved: string[];
}
