import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors/domain-errors.js';
import { Tx } from '../../database/tx.js';
import { DEFAULT_COMPLAINT_THRESHOLD } from '../complaint-detector.js';
import { DEFAULT_SLA_POLICY, PRIORITIES, resolveSlaPolicy, type SlaPolicy, type SlaPolicyOverride } from '../sla.js';
import { CreateTeamInput, PolicyRow, RoutingRow, SetCategoryRoutingInput, SlaPolicyInput, SlaPolicyType, TeamRow, UpdateTeamInput } from './webcare-admin.types.js';

const TEAM_COLUMNS = `id, name, description, created_at AS "createdAt", updated_at AS "updatedAt"`;
const POLICY_COLUMNS = `id, name, community_window_seconds AS "communityWindowSeconds", resolution_window_seconds AS "resolutionWindowSeconds",
  complaint_window_seconds AS "complaintWindowSeconds", priorities`;
const ROUTING_COLUMNS = `category_id AS "categoryId", team_id AS "teamId", policy_id AS "policyId", complaint_threshold AS "complaintThreshold"`;

/** What a category escalates to: its team (or none), its resolved policy and its complaint threshold. */
export interface CategoryRoute {
  teamId: string | null;
  policy: SlaPolicy;
  complaintThreshold: number;
}

export function toPolicyType(row: PolicyRow | null): SlaPolicyType {
  const p: SlaPolicy = row ?? DEFAULT_SLA_POLICY;
  return {
    id: row?.id ?? null,
    name: row?.name ?? 'Default',
    communityWindowSeconds: p.communityWindowSeconds,
    resolutionWindowSeconds: p.resolutionWindowSeconds,
    complaintWindowSeconds: p.complaintWindowSeconds,
    targets: PRIORITIES.map((priority) => ({ priority, ...p.priorities[priority] })),
  };
}

/** Admin configuration of webcare: teams and their members, SLA policies, category routing. */
@Injectable()
export class WebcareAdminService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
  ) {}

  async routeFor(em: EntityManager, categoryId: string): Promise<CategoryRoute> {
    const [row] = await em.query(
      `SELECT r.team_id AS "teamId", r.complaint_threshold AS "complaintThreshold", p.id AS "policyId",
              p.community_window_seconds AS "communityWindowSeconds", p.resolution_window_seconds AS "resolutionWindowSeconds",
              p.complaint_window_seconds AS "complaintWindowSeconds", p.priorities
         FROM webcare_category_routing r LEFT JOIN webcare_sla_policies p ON p.id = r.policy_id WHERE r.category_id = $1`,
      [categoryId],
    );
    if (!row) return { teamId: null, policy: DEFAULT_SLA_POLICY, complaintThreshold: DEFAULT_COMPLAINT_THRESHOLD };
    return {
      teamId: row.teamId,
      policy: row.policyId ? (row as SlaPolicy) : DEFAULT_SLA_POLICY,
      complaintThreshold: Number(row.complaintThreshold),
    };
  }

  teams(): Promise<TeamRow[]> {
    return this.tx.em.query(`SELECT ${TEAM_COLUMNS} FROM webcare_teams ORDER BY lower(name)`);
  }

  teamsByIds(ids: readonly string[]): Promise<TeamRow[]> {
    return this.tx.em.query(`SELECT ${TEAM_COLUMNS} FROM webcare_teams WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async teamIdsOf(em: EntityManager, userId: string): Promise<string[]> {
    const rows: Array<{ team_id: string }> = await em.query(`SELECT team_id FROM webcare_team_members WHERE user_id = $1`, [userId]);
    return rows.map((r) => r.team_id);
  }

  membersOf(teamIds: readonly string[]): Promise<Array<{ teamId: string; userId: string }>> {
    return this.tx.em.query(`SELECT team_id AS "teamId", user_id AS "userId" FROM webcare_team_members WHERE team_id = ANY($1::uuid[]) ORDER BY added_at`, [teamIds]);
  }

  async requireTeam(em: EntityManager, id: string): Promise<TeamRow> {
    const [row] = await em.query(`SELECT ${TEAM_COLUMNS} FROM webcare_teams WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError('team', id);
    return row;
  }

  async createTeam(input: CreateTeamInput): Promise<TeamRow> {
    return this.tx.run(async (em) => {
      const now = this.clock.now();
      const [row] = await this.uniqueName(() =>
        em.query(`INSERT INTO webcare_teams (name, description, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING ${TEAM_COLUMNS}`, [input.name.trim(), input.description, now]),
      );
      await this.setMembers(em, row.id, input.memberIds);
      return row;
    });
  }

  async updateTeam(input: UpdateTeamInput): Promise<TeamRow> {
    return this.tx.run(async (em) => {
      await this.requireTeam(em, input.id);
      const [[row]] = await this.uniqueName(() =>
        em.query(
          `UPDATE webcare_teams SET name = coalesce($2, name), description = coalesce($3, description), updated_at = $4 WHERE id = $1 RETURNING ${TEAM_COLUMNS}`,
          [input.id, input.name?.trim() ?? null, input.description ?? null, this.clock.now()],
        ),
      );
      if (input.memberIds) await this.setMembers(em, input.id, input.memberIds);
      return row;
    });
  }

  policies(): Promise<PolicyRow[]> {
    return this.tx.em.query(`SELECT ${POLICY_COLUMNS} FROM webcare_sla_policies ORDER BY lower(name)`);
  }

  async policiesByIds(ids: readonly string[]): Promise<PolicyRow[]> {
    return this.tx.em.query(`SELECT ${POLICY_COLUMNS} FROM webcare_sla_policies WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Creates a policy (unset fields take the DESIGN defaults) or, with `id`, changes one (unset
   * fields keep their value). The result is validated as a whole; every bad field is reported.
   */
  async savePolicy(input: SlaPolicyInput): Promise<PolicyRow> {
    return this.tx.run(async (em) => {
      let base: SlaPolicy = DEFAULT_SLA_POLICY;
      let name = input.name?.trim();
      if (input.id) {
        const [existing] = await em.query(`SELECT ${POLICY_COLUMNS} FROM webcare_sla_policies WHERE id = $1 FOR UPDATE`, [input.id]);
        if (!existing) throw new NotFoundError('sla_policy', input.id);
        base = existing;
        name ??= existing.name;
      }
      if (!name) throw BadInputError.field('name', 'a new policy needs a name');
      const override: SlaPolicyOverride = {
        communityWindowSeconds: input.communityWindowSeconds,
        resolutionWindowSeconds: input.resolutionWindowSeconds,
        complaintWindowSeconds: input.complaintWindowSeconds,
        priorities: Object.fromEntries((input.targets ?? []).map((t) => [t.priority, { firstResponseSeconds: t.firstResponseSeconds, resolutionSeconds: t.resolutionSeconds }])),
      };
      const policy = resolveSlaPolicy(override, base);
      const now = this.clock.now();
      const values = [name, policy.communityWindowSeconds, policy.resolutionWindowSeconds, policy.complaintWindowSeconds, JSON.stringify(policy.priorities), now];
      const [row] = await this.uniqueName(async () =>
        input.id
          ? (
              await em.query(
                `UPDATE webcare_sla_policies SET name = $2, community_window_seconds = $3, resolution_window_seconds = $4, complaint_window_seconds = $5,
                        priorities = $6, updated_at = $7 WHERE id = $1 RETURNING ${POLICY_COLUMNS}`,
                [input.id, ...values],
              )
            )[0]
          : em.query(
              `INSERT INTO webcare_sla_policies (name, community_window_seconds, resolution_window_seconds, complaint_window_seconds, priorities, created_at, updated_at)
               VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING ${POLICY_COLUMNS}`,
              values,
            ),
      );
      return row;
    });
  }

  routings(): Promise<RoutingRow[]> {
    return this.tx.em.query(`SELECT ${ROUTING_COLUMNS} FROM webcare_category_routing ORDER BY updated_at`);
  }

  async routingOf(categoryId: string): Promise<RoutingRow> {
    const [row] = await this.tx.em.query(`SELECT ${ROUTING_COLUMNS} FROM webcare_category_routing WHERE category_id = $1`, [categoryId]);
    return row ? { ...row, complaintThreshold: Number(row.complaintThreshold) } : { categoryId, teamId: null, policyId: null, complaintThreshold: DEFAULT_COMPLAINT_THRESHOLD };
  }

  /** Routes a category; fields left out keep their current value. Open cases keep their team. */
  async setRouting(actor: Actor, input: SetCategoryRoutingInput): Promise<RoutingRow> {
    await this.tx.run(async (em) => {
      const [category] = await em.query(`SELECT id FROM categories WHERE id = $1`, [input.categoryId]);
      if (!category) throw new NotFoundError('category', input.categoryId);
      if (input.teamId) await this.requireTeam(em, input.teamId);
      if (input.policyId && !(await em.query(`SELECT 1 FROM webcare_sla_policies WHERE id = $1`, [input.policyId])).length) {
        throw new NotFoundError('sla_policy', input.policyId);
      }
      const current = (await em.query(`SELECT ${ROUTING_COLUMNS} FROM webcare_category_routing WHERE category_id = $1 FOR UPDATE`, [input.categoryId]))[0];
      const pick = <K extends 'teamId' | 'policyId'>(k: K) => (input[k] !== undefined ? input[k] : (current?.[k] ?? null));
      await em.query(
        `INSERT INTO webcare_category_routing (category_id, team_id, policy_id, complaint_threshold, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (category_id) DO UPDATE SET team_id = $2, policy_id = $3, complaint_threshold = $4, updated_by = $5, updated_at = $6`,
        [input.categoryId, pick('teamId'), pick('policyId'), input.complaintThreshold ?? current?.complaintThreshold ?? DEFAULT_COMPLAINT_THRESHOLD, actor.id, this.clock.now()],
      );
    });
    return this.routingOf(input.categoryId);
  }

  // Team members are staff; anyone else would see the queue through a team.
  private async setMembers(em: EntityManager, teamId: string, userIds: string[]): Promise<void> {
    const unique = [...new Set(userIds)];
    const staff: Array<{ id: string }> = await em.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND role IN ('STAFF', 'ADMIN')`, [unique]);
    if (staff.length !== unique.length) throw BadInputError.field('memberIds', 'team members must be existing staff accounts');
    await em.query(`DELETE FROM webcare_team_members WHERE team_id = $1 AND NOT (user_id = ANY($2::uuid[]))`, [teamId, unique]);
    await em.query(
      `INSERT INTO webcare_team_members (team_id, user_id, added_at) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
      [teamId, unique, this.clock.now()],
    );
  }

  private async uniqueName<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new ConflictError('name_taken', 'this name is already in use', { field: 'name' });
      throw err;
    }
  }
}
