import { Injectable } from '@nestjs/common';
import { diffWords } from 'diff';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { BadInputError, NotFoundError } from '../../common/errors/domain-errors.js';
import { Tx } from '../../database/tx.js';
import { DiffPartType, RevisionDiffType, RevisionType } from './revision.type.js';

const COLUMNS = `id, post_kind AS "postKind", post_id AS "postId", number, editor_id AS "editorId", reason, title, body, tags, created_at AS "createdAt"`;

/** Every version of every post, so edits can be reviewed and compared. */
@Injectable()
export class RevisionsService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
  ) {}

  async add(
    em: EntityManager,
    rev: { postKind: 'QUESTION' | 'ANSWER'; postId: string; editorId: string; reason: string; title?: string | null; body: string; tags?: string[] | null },
  ): Promise<void> {
    await em.query(
      `INSERT INTO revisions (post_kind, post_id, number, editor_id, reason, title, body, tags, created_at)
       VALUES ($1, $2, (SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE post_id = $2), $3, $4, $5, $6, $7, $8)`,
      [rev.postKind, rev.postId, rev.editorId, rev.reason, rev.title ?? null, rev.body, rev.tags ?? null, this.clock.now()],
    );
  }

  list(postId: string): Promise<RevisionType[]> {
    return this.tx.em.query(`SELECT ${COLUMNS} FROM revisions WHERE post_id = $1 ORDER BY number`, [postId]);
  }

  /** Word-level diff between two revisions of the same post. */
  async diff(fromId: string, toId: string): Promise<RevisionDiffType> {
    const rows: RevisionType[] = await this.tx.em.query(`SELECT ${COLUMNS} FROM revisions WHERE id = ANY($1::uuid[])`, [[fromId, toId]]);
    const from = rows.find((r) => r.id === fromId);
    const to = rows.find((r) => r.id === toId);
    if (!from) throw new NotFoundError('revision', fromId);
    if (!to) throw new NotFoundError('revision', toId);
    if (from.postId !== to.postId) throw BadInputError.field('toRevisionId', 'both revisions must belong to the same post');
    const parts = (a: string, b: string): DiffPartType[] => diffWords(a, b).map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }));
    const fromTags = from.tags ?? [];
    const toTags = to.tags ?? [];
    return {
      from,
      to,
      title: parts(from.title ?? '', to.title ?? ''),
      body: parts(from.body, to.body),
      tagsAdded: toTags.filter((t) => !fromTags.includes(t)),
      tagsRemoved: fromTags.filter((t) => !toTags.includes(t)),
    };
  }
}
