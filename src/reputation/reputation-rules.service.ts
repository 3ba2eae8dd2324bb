import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isStaff } from '../common/auth/actor.js';
import { ForbiddenError } from '../common/errors/domain-errors.js';
import { Tx } from '../database/tx.js';
import { DEFAULT_RULES, Privilege, ReputationRules } from './reputation.rules.js';

const CACHE_MS = 5000;

const PRIVILEGE_NAMES: Record<Privilege, string> = {
  ask: 'ask a question',
  answer: 'answer',
  commentOwn: 'comment on your own posts',
  voteUp: 'vote up',
  flag: 'flag',
  commentAnywhere: 'comment anywhere',
  createTag: 'create tags',
  voteDown: 'vote down',
  editOthers: "edit others' posts",
  voteClose: 'vote to close or reopen',
};

/**
 * The admin-configurable rules (points, cap, privilege thresholds), read from `settings` and
 * cached for a few seconds: other instances see a change within CACHE_MS.
 */
@Injectable()
export class ReputationRulesService {
  private cached?: { rules: ReputationRules; at: number };

  constructor(private readonly tx: Tx) {}

  async get(em: EntityManager = this.tx.em): Promise<ReputationRules> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.rules;
    const [row] = await em.query(`SELECT value FROM settings WHERE key = 'reputation'`);
    const rules = merge(DEFAULT_RULES, row?.value ?? {});
    this.cached = { rules, at: Date.now() };
    return rules;
  }

  async update(patch: Partial<ReputationRules>): Promise<ReputationRules> {
    const rules = merge(await this.get(), patch);
    await this.tx.em.query(
      `INSERT INTO settings (key, value, updated_at) VALUES ('reputation', $1, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [JSON.stringify(rules)],
    );
    this.cached = { rules, at: Date.now() };
    return rules;
  }

  /** Throws FORBIDDEN naming the privilege and the reputation it needs. Staff hold every privilege. */
  async require(actor: Actor, privilege: Privilege): Promise<void> {
    if (isStaff(actor)) return;
    const needed = (await this.get()).privileges[privilege];
    const reputation = await this.reputationFor(actor, needed);
    if (reputation < needed) {
      throw new ForbiddenError('insufficient_reputation', `you need ${needed} reputation to ${PRIVILEGE_NAMES[privilege]} (you have ${reputation})`, {
        privilege,
        requiredReputation: needed,
        reputation,
      });
    }
  }

  async has(actor: Actor, privilege: Privilege): Promise<boolean> {
    if (isStaff(actor)) return true;
    const needed = (await this.get()).privileges[privilege];
    return (await this.reputationFor(actor, needed)) >= needed;
  }

  /**
   * The actor's reputation as far as reaching `needed` goes. The request's account may come from
   * the account cache a few seconds old: a refusal is decided on the stored figure.
   */
  async reputationFor(actor: Actor, needed: number): Promise<number> {
    if (actor.reputation >= needed) return actor.reputation;
    const [row] = await this.tx.em.query(`SELECT reputation FROM users WHERE id = $1`, [actor.id]);
    return row?.reputation ?? actor.reputation;
  }
}

function merge<T>(base: T, patch: unknown): T {
  if (typeof base !== 'object' || base === null || typeof patch !== 'object' || patch === null) return (patch ?? base) as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined && v !== null) out[k] = merge((base as Record<string, unknown>)[k], v);
  return out as T;
}
