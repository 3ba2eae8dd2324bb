import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { Auth, CurrentActor } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { byKey, loader } from '../../common/loaders.js';
import { cacheTag } from '../../common/response-cache/cache-tag.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ThreadType } from '../../forum/threads/thread.type.js';
import { ClusterThreadType, KnownIssueInput, KnownIssueType, ThreadClusterType } from '../analytics.types.js';
import { ClustersService, type ClusterRow } from './clusters.service.js';

@Resolver(() => ThreadClusterType)
export class ClustersResolver {
  constructor(private readonly clusters: ClustersService) {}

  @Query(() => ThreadClusterType, { nullable: true, description: 'A cluster of threads asking the same thing (staff)' })
  @Auth('STAFF')
  threadCluster(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ClusterRow | null> {
    return this.clusters.cluster(id);
  }

  @ResolveField(() => [ClusterThreadType])
  threads(@Parent() c: ClusterRow): Promise<ClusterThreadType[]> {
    return this.clusters.threadsOf(c.id);
  }

  @Mutation(() => ThreadClusterType, { description: 'Marks a cluster as a known issue, or changes its status; every thread of it shows the status (staff)' })
  @Auth('STAFF')
  setKnownIssue(@CurrentActor() actor: Actor, @Args('input') input: KnownIssueInput): Promise<ClusterRow> {
    return this.clusters.setKnownIssue(actor, input.clusterId, input.status);
  }

  @Mutation(() => ThreadClusterType, { description: 'Clears the known issue of a cluster (staff)' })
  @Auth('STAFF')
  clearKnownIssue(@CurrentActor() actor: Actor, @Args('clusterId', { type: () => ID }, UuidPipe) clusterId: string): Promise<ClusterRow> {
    return this.clusters.clearKnownIssue(actor, clusterId);
  }
}

@Resolver(() => ThreadType)
export class ThreadKnownIssueResolver {
  constructor(private readonly clusters: ClustersService) {}

  @ResolveField(() => KnownIssueType, { nullable: true, description: 'A problem staff know about and are handling: this thread asks the same as others' })
  async knownIssue(@Parent() t: ThreadType, @Context() ctx: GqlContext): Promise<KnownIssueType | null> {
    const row = await loader<string, { threadId: string; knownIssue: KnownIssueType }>(ctx, 'threadKnownIssues', async (ids) =>
      byKey(ids, await this.clusters.knownIssuesOf(ids), (r) => r.threadId),
    ).load(t.id);
    if (row) cacheTag(ctx, `id:${row.knownIssue.clusterId}`);
    return row?.knownIssue ?? null;
  }
}
