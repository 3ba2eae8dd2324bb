import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import type { Actor } from '../../common/auth/actor.js';
import { Auth, CurrentActor } from '../../common/auth/auth.guard.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
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

@ObjectType('PostVote')
export class PostVoteType {
  @Field(() => ID, { description: 'The question (thread id) or answer voted on' }) postId: string;
  @Field(() => VoteValue) value: VoteValue;
}

@ObjectType('ThreadViewerState', {
  description:
    "What a thread page adds for the signed-in member to what every reader sees (the page itself is shared and cached): the member's votes on the question and its answers, and whether they follow it",
})
export class ThreadViewerStateType {
  @Field(() => ID) threadId: string;
  @Field({ description: 'Whether the member follows the thread' }) following: boolean;
  @Field(() => [PostVoteType], { description: 'Only posts the member voted on' }) votes: PostVoteType[];
}

@Resolver()
export class VotesResolver {
  constructor(private readonly votes: VotesService) {}

  @Mutation(() => VoteResultType)
  @Auth()
  vote(@CurrentActor() actor: Actor, @Args('input') input: VoteInput): Promise<VoteResult> {
    return this.votes.vote(actor, input.postId, input.value);
  }

  @Query(() => ThreadViewerStateType)
  @Auth()
  threadViewerState(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, UuidPipe) threadId: string): Promise<ThreadViewerStateType> {
    return this.votes.viewerState(actor, threadId);
  }
}
