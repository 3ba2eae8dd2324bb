import { Injectable } from '@nestjs/common';
import type { GqlContext } from '../common/auth/gql-context.js';
import { byKey, groupByKey, loader } from '../common/loaders.js';
import { Tx } from '../database/tx.js';
import { WebcareAdminService } from './admin/webcare-admin.service.js';
import { PolicyRow, TeamRow } from './admin/webcare-admin.types.js';
import { CaseRow, ReasonRow } from './cases/case.types.js';
import { CasesRepository, StatusChangeRow } from './cases/cases.repository.js';

/** Webcare's request-scoped DataLoaders: a queue page costs one query per kind of thing. */
@Injectable()
export class WebcareLoaders {
  constructor(
    private readonly tx: Tx,
    private readonly admin: WebcareAdminService,
  ) {}

  team(ctx: GqlContext, id: string) {
    return loader<string, TeamRow>(ctx, 'webcareTeams', async (ids) => byKey(ids, await this.admin.teamsByIds(ids), (t) => t.id)).load(id);
  }

  policy(ctx: GqlContext, id: string) {
    return loader<string, PolicyRow>(ctx, 'webcarePolicies', async (ids) => byKey(ids, await this.admin.policiesByIds(ids), (p) => p.id)).load(id);
  }

  async reasons(ctx: GqlContext, caseId: string): Promise<ReasonRow[]> {
    return (await loader<string, ReasonRow[]>(ctx, 'webcareReasons', async (ids) => groupByKey(ids, await CasesRepository.reasonsOf(this.tx.em, ids), (r) => r.caseId)).load(caseId)) ?? [];
  }

  async history(ctx: GqlContext, caseId: string): Promise<StatusChangeRow[]> {
    return (await loader<string, StatusChangeRow[]>(ctx, 'webcareHistory', async (ids) => groupByKey(ids, await CasesRepository.historyOf(this.tx.em, ids), (h) => h.caseId)).load(caseId)) ?? [];
  }

  /** The thread's open case, else its latest one, or null. */
  caseOfThread(ctx: GqlContext, threadId: string) {
    return loader<string, CaseRow>(ctx, 'webcareCaseOfThread', async (ids) => byKey(ids, await CasesRepository.latestForThreads(this.tx.em, ids), (c) => c.threadId)).load(threadId);
  }

  async teamMembers(ctx: GqlContext, teamId: string): Promise<string[]> {
    const rows = await loader<string, Array<{ teamId: string; userId: string }>>(ctx, 'webcareTeamMembers', async (ids) =>
      groupByKey(ids, await this.admin.membersOf(ids), (m) => m.teamId),
    ).load(teamId);
    return (rows ?? []).map((m) => m.userId);
  }
}
