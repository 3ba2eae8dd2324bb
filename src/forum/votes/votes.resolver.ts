import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import type { Actor } from '../../common/auth/actor.js';
import { Auth, CurrentActor } from '../../common/auth/auth.guard.js';
import { PostKind, VoteValue } from '../forum.types.js';
import { VoteResult, VotesService } from './votes.service.js';

@InputType()
export class VoteInput {
  @Field(() => ID, { description: 'A question (thread id) or an answer id' }) @IsUUID() postId: string;
  @Field(() => VoteValue) @IsEnum(VoteValue) value: VoteValue;
}

@ObjectType('VoteResult')
export class VoteResultType {
  @Field(() => ID) postId: string;
  @Field(() => PostKind) postKind: PostKind;
  @Field(() => Int) score: number;
  @Field(() => VoteValue) myVote: VoteValue;
}

@Resolver()
export class VotesResolver {
  constructor(private readonly votes: VotesService) {}

  @Mutation(() => VoteResultType)
  @Auth()
  vote(@CurrentActor() actor: Actor, @Args('input') input: VoteInput): Promise<VoteResult> {
    return this.votes.vote(actor, input.postId, input.value);
  }
}
