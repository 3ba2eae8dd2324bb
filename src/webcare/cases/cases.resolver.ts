import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { Auth, CurrentActor } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { Clock } from '../../common/clock.js';
import { Page } from '../../common/pagination/connection.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { CategoryType } from '../../forum/categories/category.type.js';
import { ForumLoaders } from '../../forum/forum.loaders.js';
import { ThreadType } from '../../forum/threads/thread.type.js';
import { UserType } from '../../users/user.type.js';
import { toUserType } from '../../users/users.service.js';
import { TeamType } from '../admin/webcare-admin.types.js';
import { ConversationService } from '../conversation/conversation.service.js';
import { WebcareLoaders } from '../webcare.loaders.js';
import {
  AssignCaseInput,
  AssignmentType,
  CaseConnection,
  CaseReasonType,
  type CaseRow,
  CaseSlaType,
  CaseTextInput,
  CaseType,
  MessageType,
  NoteType,
  PublicReplyInput,
  QueueArgs,
  ResolveCaseInput,
} from './case.types.js';
import { slaStatusOf } from './cases.repository.js';
import { CasesService } from './cases.service.js';

/** The staff side of webcare: the queue, a case and what agents do with it. Staff only, throughout. */
@Resolver(() => CaseType)
@Auth('STAFF')
export class CasesResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly conversation: ConversationService,
    private readonly forum: ForumLoaders,
    private readonly loaders: WebcareLoaders,
    private readonly clock: Clock,
  ) {}

  @Query(() => CaseConnection, { description: 'The webcare queue: by view, team and filters, the earliest due first' })
  webcareQueue(@CurrentActor() actor: Actor, @Args() args: QueueArgs): Promise<Page<CaseRow>> {
    return this.cases.queue(actor, args);
  }

  @Query(() => CaseType)
  webcareCase(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<CaseRow> {
    return this.cases.get(id);
  }

  @Mutation(() => CaseType, { nullable: true, description: 'Takes the most urgent unassigned case of my teams; null when the queue is empty' })
  claimNextCase(@CurrentActor() actor: Actor): Promise<CaseRow | null> {
    return this.cases.claimNext(actor);
  }

  @Mutation(() => CaseType, { description: 'Takes one case from the queue; CONFLICT when someone else has it' })
  claimCase(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }, UuidPipe) caseId: string): Promise<CaseRow> {
    return this.cases.claim(actor, caseId);
  }

  @Mutation(() => CaseType, { description: 'Assigns to a colleague and/or moves to another team, with a note saying why' })
  assignCase(@CurrentActor() actor: Actor, @Args('input') input: AssignCaseInput): Promise<CaseRow> {
    return this.cases.assign(actor, input);
  }

  @Mutation(() => CaseType, { description: 'PENDING_MEMBER: the resolution clock pauses until the member replies' })
  waitForMember(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }, UuidPipe) caseId: string): Promise<CaseRow> {
    return this.cases.waitForMember(actor, caseId);
  }

  @Mutation(() => CaseType)
  reopenCase(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }, UuidPipe) caseId: string): Promise<CaseRow> {
    return this.cases.reopen(actor, caseId);
  }

  @Mutation(() => CaseType, { description: 'Resolves with a note; the thread becomes solved by staff unless an answer is accepted' })
  resolveCase(@CurrentActor() actor: Actor, @Args('input') input: ResolveCaseInput): Promise<CaseRow> {
    return this.cases.resolve(actor, input.caseId, input.note);
  }

  @Mutation(() => CaseType, { description: 'Posts a staff answer on the thread; counts as first response' })
  async replyPublicly(@CurrentActor() actor: Actor, @Args('input') input: PublicReplyInput): Promise<CaseRow> {
    const { caseId } = await this.conversation.replyPublicly(actor, input);
    return this.cases.get(caseId);
  }

  @Mutation(() => NoteType, { description: 'An internal note: never visible to members' })
  addCaseNote(@CurrentActor() actor: Actor, @Args('input') input: CaseTextInput): Promise<NoteType> {
    return this.conversation.addNote(actor, input);
  }

  @ResolveField(() => ThreadType)
  thread(@Parent() c: CaseRow, @Context() ctx: GqlContext) {
    return this.forum.thread(ctx, c.threadId);
  }

  @ResolveField(() => UserType, { description: 'The asker' })
  async member(@Parent() c: CaseRow, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.forum.user(ctx, c.memberId))!, ctx.actor);
  }

  @ResolveField(() => UserType, { nullable: true })
  async assignee(@Parent() c: CaseRow, @Context() ctx: GqlContext): Promise<UserType | null> {
    return c.assigneeId ? toUserType((await this.forum.user(ctx, c.assigneeId))!, ctx.actor) : null;
  }

  @ResolveField(() => CategoryType)
  category(@Parent() c: CaseRow, @Context() ctx: GqlContext) {
    return this.forum.category(ctx, c.categoryId);
  }

  @ResolveField(() => TeamType, { nullable: true })
  team(@Parent() c: CaseRow, @Context() ctx: GqlContext) {
    return c.teamId ? this.loaders.team(ctx, c.teamId) : null;
  }

  @ResolveField(() => [CaseReasonType])
  reasons(@Parent() c: CaseRow, @Context() ctx: GqlContext) {
    return this.loaders.reasons(ctx, c.id);
  }

  @ResolveField(() => CaseSlaType, { description: 'Due times, pause and breach flags at this moment' })
  async sla(@Parent() c: CaseRow, @Context() ctx: GqlContext): Promise<CaseSlaType> {
    return slaStatusOf(c, await this.loaders.history(ctx, c.id), this.clock.now());
  }

  @ResolveField(() => Boolean, { description: 'First response or resolution is past its due time' })
  async breached(@Parent() c: CaseRow, @Context() ctx: GqlContext): Promise<boolean> {
    const sla = slaStatusOf(c, await this.loaders.history(ctx, c.id), this.clock.now());
    return sla.firstResponse.breached || sla.resolution.breached;
  }

  @ResolveField(() => [AssignmentType], { description: 'Every claim, assignment and transfer, with who and why' })
  assignments(@Parent() c: CaseRow) {
    return this.conversation.assignments(c.id);
  }

  @ResolveField(() => [NoteType])
  notes(@Parent() c: CaseRow) {
    return this.conversation.notes(c.id);
  }

  @ResolveField(() => [MessageType], { description: 'The private conversation with the member' })
  messages(@Parent() c: CaseRow, @CurrentActor() actor: Actor) {
    return this.conversation.messages(actor, c);
  }
}

@Resolver(() => AssignmentType)
export class AssignmentsResolver {
  constructor(
    private readonly forum: ForumLoaders,
    private readonly loaders: WebcareLoaders,
  ) {}

  @ResolveField(() => UserType, { description: 'Who made the change' })
  async actor(@Parent() a: AssignmentType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.forum.user(ctx, a.actorId))!, ctx.actor);
  }

  @ResolveField(() => UserType, { nullable: true })
  async fromAssignee(@Parent() a: AssignmentType, @Context() ctx: GqlContext): Promise<UserType | null> {
    return a.fromAssigneeId ? toUserType((await this.forum.user(ctx, a.fromAssigneeId))!, ctx.actor) : null;
  }

  @ResolveField(() => UserType, { nullable: true })
  async toAssignee(@Parent() a: AssignmentType, @Context() ctx: GqlContext): Promise<UserType | null> {
    return a.toAssigneeId ? toUserType((await this.forum.user(ctx, a.toAssigneeId))!, ctx.actor) : null;
  }

  @ResolveField(() => TeamType, { nullable: true })
  fromTeam(@Parent() a: AssignmentType, @Context() ctx: GqlContext) {
    return a.fromTeamId ? this.loaders.team(ctx, a.fromTeamId) : null;
  }

  @ResolveField(() => TeamType, { nullable: true })
  toTeam(@Parent() a: AssignmentType, @Context() ctx: GqlContext) {
    return a.toTeamId ? this.loaders.team(ctx, a.toTeamId) : null;
  }
}

@Resolver(() => NoteType)
export class NotesResolver {
  constructor(private readonly forum: ForumLoaders) {}

  @ResolveField(() => UserType)
  async author(@Parent() n: NoteType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.forum.user(ctx, n.authorId))!, ctx.actor);
  }
}

@Resolver(() => CaseReasonType)
export class ReasonsResolver {
  constructor(private readonly forum: ForumLoaders) {}

  @ResolveField(() => UserType, { nullable: true, description: 'Who asked, escalated or flagged; null for timed rules' })
  async actor(@Parent() r: CaseReasonType, @Context() ctx: GqlContext): Promise<UserType | null> {
    return r.actorId ? toUserType((await this.forum.user(ctx, r.actorId))!, ctx.actor) : null;
  }
}
