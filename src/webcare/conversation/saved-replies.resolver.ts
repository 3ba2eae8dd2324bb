import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { Auth, CurrentActor } from '../../common/auth/auth.guard.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ConversationService } from './conversation.service.js';
import { CreateSavedReplyInput, type SavedReplyRow, SavedReplyType, UpdateSavedReplyInput } from './conversation.types.js';

@Resolver(() => SavedReplyType)
@Auth('STAFF')
export class SavedRepliesResolver {
  constructor(private readonly conversation: ConversationService) {}

  @Query(() => [SavedReplyType])
  savedReplies(@Args('teamId', { type: () => ID }, UuidPipe) teamId: string): Promise<SavedReplyRow[]> {
    return this.conversation.savedReplies(teamId);
  }

  @Query(() => String, { description: 'A saved reply with its placeholders filled in for a case' })
  renderSavedReply(
    @CurrentActor() actor: Actor,
    @Args('savedReplyId', { type: () => ID }, UuidPipe) savedReplyId: string,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
  ): Promise<string> {
    return this.conversation.renderSavedReply(actor, savedReplyId, caseId);
  }

  @Mutation(() => SavedReplyType)
  createSavedReply(@CurrentActor() actor: Actor, @Args('input') input: CreateSavedReplyInput): Promise<SavedReplyRow> {
    return this.conversation.createSavedReply(actor, input);
  }

  @Mutation(() => SavedReplyType)
  updateSavedReply(@Args('input') input: UpdateSavedReplyInput): Promise<SavedReplyRow> {
    return this.conversation.updateSavedReply(input);
  }

  @Mutation(() => Boolean)
  deleteSavedReply(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<boolean> {
    return this.conversation.deleteSavedReply(id);
  }
}
