import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, isStaff } from '../common/auth/actor.js';
import { Auth, CurrentActor } from '../common/auth/auth.guard.js';
import type { GqlContext } from '../common/auth/gql-context.js';
import { ThreadType } from '../forum/threads/thread.type.js';
import { UserType } from '../users/user.type.js';
import { toUserType } from '../users/users.service.js';
import { ForumLoaders } from '../forum/forum.loaders.js';
import { CaseRow, CaseTextInput, EscalateThreadInput, HelpCaseType, MessageType, RateCaseInput, ThreadHelpInput } from './cases/case.types.js';
import { CasesService } from './cases/cases.service.js';
import { ConversationService } from './conversation/conversation.service.js';
import { EscalationService } from './escalation/escalation.service.js';
import { WebcareLoaders } from './webcare.loaders.js';

function toHelpCase(c: CaseRow): HelpCaseType {
  return {
    id: c.id,
    status: c.status,
    assigned: !!c.assigneeId,
    isPrivate: c.isPrivate,
    createdAt: c.createdAt,
    resolvedAt: c.resolvedAt,
    rating: c.rating,
    ratingComment: c.ratingComment,
    canRate: c.status === 'RESOLVED' && c.rating === null,
    memberId: c.memberId,
  };
}

/**
 * What members see of webcare: on a thread, whether staff are on it; for the asker, their case
 * and private conversation; and the member-side commands (ask for help, go private, rate).
 * Nothing here exposes reasons, notes, assignments or priorities.
 */
@Resolver(() => ThreadType)
export class ThreadHelpResolver {
  constructor(
    private readonly escalation: EscalationService,
    private readonly loaders: WebcareLoaders,
  ) {}

  @ResolveField(() => Boolean, { description: 'A webcare case is open on this thread: staff are on it' })
  async staffInvolved(@Parent() t: ThreadType, @Context() ctx: GqlContext): Promise<boolean> {
    const c = await this.loaders.caseOfThread(ctx, t.id);
    return !!c && c.status !== 'RESOLVED';
  }

  @ResolveField(() => Boolean, { description: 'Solved by a staff resolution rather than an accepted answer' })
  async solvedByStaff(@Parent() t: ThreadType, @Context() ctx: GqlContext): Promise<boolean> {
    if (t.status !== 'SOLVED' || t.acceptedAnswerId) return false;
    const c = await this.loaders.caseOfThread(ctx, t.id);
    return !!c && c.status === 'RESOLVED';
  }

  @ResolveField(() => HelpCaseType, { nullable: true, description: 'The webcare case of this thread: only the asker and staff see it' })
  async helpCase(@Parent() t: ThreadType, @Context() ctx: GqlContext): Promise<HelpCaseType | null> {
    if (!ctx.actor || (ctx.actor.id !== t.authorId && !isStaff(ctx.actor))) return null;
    const c = await this.loaders.caseOfThread(ctx, t.id);
    return c ? toHelpCase(c) : null;
  }

  @Mutation(() => HelpCaseType, { description: 'The asker asks staff for help (3 times a day at most)' })
  @Auth()
  async askStaffHelp(@CurrentActor() actor: Actor, @Args('input') input: ThreadHelpInput): Promise<HelpCaseType> {
    return toHelpCase(await this.escalation.askStaffHelp(actor, input.threadId, input.reason));
  }

  @Mutation(() => HelpCaseType, { description: 'The asker asks to continue in private: account details are involved' })
  @Auth()
  async requestPrivateHelp(@CurrentActor() actor: Actor, @Args('input') input: ThreadHelpInput): Promise<HelpCaseType> {
    return toHelpCase(await this.escalation.requestPrivateHelp(actor, input.threadId, input.reason));
  }

  @Mutation(() => HelpCaseType, { description: 'Staff, or an expert of the category, sends the thread to webcare' })
  @Auth()
  async escalateThread(@CurrentActor() actor: Actor, @Args('input') input: EscalateThreadInput): Promise<HelpCaseType> {
    return toHelpCase(await this.escalation.escalateThread(actor, input));
  }
}

@Resolver(() => HelpCaseType)
export class HelpCaseResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly conversation: ConversationService,
  ) {}

  @Mutation(() => HelpCaseType, { description: 'The asker rates the help on a resolved case (1–5), once' })
  @Auth()
  async rateCase(@CurrentActor() actor: Actor, @Args('input') input: RateCaseInput): Promise<HelpCaseType> {
    return toHelpCase(await this.cases.rate(actor, input));
  }

  @Mutation(() => MessageType, { description: 'A message in the private conversation: by the asker or staff only' })
  @Auth()
  sendCaseMessage(@CurrentActor() actor: Actor, @Args('input') input: CaseTextInput): Promise<MessageType> {
    return this.conversation.sendMessage(actor, input);
  }

  @ResolveField(() => [MessageType], { description: 'The private conversation between the asker and staff' })
  async messages(@Parent() h: HelpCaseType, @CurrentActor() actor: Actor | null): Promise<MessageType[]> {
    if (!actor) return [];
    return this.conversation.messages(actor, await this.cases.get(h.id));
  }
}

@Resolver(() => MessageType)
export class MessagesResolver {
  constructor(private readonly forum: ForumLoaders) {}

  @ResolveField(() => UserType)
  async author(@Parent() m: MessageType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.forum.user(ctx, m.authorId))!, ctx.actor);
  }
}
