import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';

@ObjectType('Category')
export class CategoryType {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => Int) position: number;
  @Field() archived: boolean;
}

@InputType()
export class CreateCategoryInput {
  @Field() @Length(2, 80) name: string;
  @Field() @Length(2, 60) @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug may contain lower-case letters, digits and single dashes' }) slug: string;
  @Field({ defaultValue: '' }) @MaxLength(500) description: string;
}

@InputType()
export class UpdateCategoryInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field({ nullable: true }) @IsOptional() @Length(2, 80) name?: string;
  @Field({ nullable: true }) @IsOptional() @Length(2, 60) @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug may contain lower-case letters, digits and single dashes' }) slug?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(500) description?: string;
}

@InputType()
export class ReorderCategoriesInput {
  @Field(() => [ID]) @IsUUID('all', { each: true }) @ArrayMaxSize(200) ids: string[];
}
