import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Tag')
export class TagType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => Int) threadCount: number;
}
