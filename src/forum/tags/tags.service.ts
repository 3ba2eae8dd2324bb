import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { BadInputError } from '../../common/errors/domain-errors.js';
import { Tx } from '../../database/tx.js';
import { ReputationRulesService } from '../../reputation/reputation-rules.service.js';
import { TagType } from './tag.type.js';

export const TAG_PATTERN = /^[a-z0-9][a-z0-9+#.-]{1,34}$/;

export const normalizeTag = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, '-');

@Injectable()
export class TagsService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly rules: ReputationRulesService,
  ) {}

  /** Tags by name prefix (or all), most used first. */
  search(prefix: string | undefined, first: number): Promise<TagType[]> {
    return this.tx.em.query(
      `SELECT id, name, description, thread_count AS "threadCount" FROM tags
        WHERE $1::text IS NULL OR name LIKE $1 || '%' ORDER BY thread_count DESC, name LIMIT $2`,
      [prefix ? normalizeTag(prefix).replace(/[%_\\]/g, '') : null, first],
    );
  }

  /** Tags of many threads at once, for the request's DataLoader. */
  async byThreadIds(threadIds: readonly string[]): Promise<Array<TagType & { threadId: string }>> {
    return this.tx.em.query(
      `SELECT tt.thread_id AS "threadId", t.id, t.name, t.description, t.thread_count AS "threadCount"
         FROM thread_tags tt JOIN tags t ON t.id = tt.tag_id WHERE tt.thread_id = ANY($1::uuid[]) ORDER BY t.name`,
      [threadIds],
    );
  }

  /**
   * Resolves tag names to ids, creating unknown ones when the actor may (createTag privilege or
   * staff); otherwise an unknown tag is BAD_USER_INPUT.
   */
  async resolve(em: EntityManager, actor: Actor, names: string[]): Promise<Array<{ id: string; name: string }>> {
    const wanted = [...new Set(names.map(normalizeTag))];
    const bad = wanted.filter((n) => !TAG_PATTERN.test(n));
    if (bad.length) throw BadInputError.field('tags', `invalid tag name: ${bad.join(', ')} (2-35 characters: a-z 0-9 + # . -)`);
    const existing: Array<{ id: string; name: string }> = await em.query(`SELECT id, name FROM tags WHERE name = ANY($1::text[])`, [wanted]);
    const missing = wanted.filter((n) => !existing.some((t) => t.name === n));
    if (!missing.length) return existing;
    if (!(await this.rules.has(actor, 'createTag'))) {
      const needed = (await this.rules.get(em)).privileges.createTag;
      throw BadInputError.field('tags', `unknown tag: ${missing.join(', ')} (creating tags needs ${needed} reputation)`);
    }
    const created: Array<{ id: string; name: string }> = await em.query(
      `INSERT INTO tags (name, created_by, created_at) SELECT unnest($1::text[]), $2, $3
       ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id, name`,
      [missing, actor.id, this.clock.now()],
    );
    return [...existing, ...created];
  }

  /** Replaces a thread's tags and keeps the usage counters right. */
  async setThreadTags(em: EntityManager, threadId: string, tagIds: string[]): Promise<void> {
    await em.query(
      `WITH removed AS (DELETE FROM thread_tags WHERE thread_id = $1 AND NOT (tag_id = ANY($2::uuid[])) RETURNING tag_id)
       UPDATE tags SET thread_count = thread_count - 1 WHERE id IN (SELECT tag_id FROM removed)`,
      [threadId, tagIds],
    );
    await em.query(
      `WITH added AS (INSERT INTO thread_tags (thread_id, tag_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING tag_id)
       UPDATE tags SET thread_count = thread_count + 1 WHERE id IN (SELECT tag_id FROM added)`,
      [threadId, tagIds],
    );
  }
}
