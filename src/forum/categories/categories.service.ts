import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors/domain-errors.js';
import { OutboxService } from '../../database/outbox/outbox.service.js';
import { Tx } from '../../database/tx.js';
import { CategoryType, CreateCategoryInput, UpdateCategoryInput } from './category.type.js';

// threadCount is resolved separately (ThreadCountLoader), only where a client asks for it: counting
// a large category costs more than the rest of a thread page together.
const COLUMNS = `c.id, c.slug, c.name, c.description, c.position, c.archived_at IS NOT NULL AS archived`;

@Injectable()
export class CategoriesService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  list(includeArchived: boolean): Promise<CategoryType[]> {
    return this.tx.em.query(`SELECT ${COLUMNS} FROM categories c WHERE $1 OR c.archived_at IS NULL ORDER BY c.position, c.name`, [includeArchived]);
  }

  async bySlug(slug: string): Promise<CategoryType> {
    const [row] = await this.tx.em.query(`SELECT ${COLUMNS} FROM categories c WHERE c.slug = $1`, [slug]);
    if (!row) throw new NotFoundError('category', slug);
    return row;
  }

  /** Live thread counts of many categories, for the request's DataLoader. */
  threadCounts(ids: readonly string[]): Promise<Array<{ id: string; n: number }>> {
    return this.tx.em.query(
      `SELECT category_id AS id, count(*)::int AS n FROM threads WHERE category_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY category_id`,
      [ids],
    );
  }

  byIds(ids: readonly string[]): Promise<CategoryType[]> {
    return this.tx.em.query(`SELECT ${COLUMNS} FROM categories c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  /** For commands: the category must exist and, unless `allowArchived`, be open for new threads. */
  async requireOpen(em: EntityManager, id: string): Promise<{ id: string; name: string }> {
    const [row] = await em.query(`SELECT id, name, archived_at FROM categories WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError('category', id);
    if (row.archived_at) throw new ConflictError('category_archived', `category ${row.name} is archived`);
    return row;
  }

  async create(input: CreateCategoryInput): Promise<CategoryType> {
    const now = this.clock.now();
    const [{ id }] = await this.unique(() =>
      this.tx.em.query(
        `INSERT INTO categories (slug, name, description, position, created_at, updated_at)
         VALUES ($1, $2, $3, (SELECT coalesce(max(position), -1) + 1 FROM categories), $4, $4) RETURNING id`,
        [input.slug, input.name.trim(), input.description, now],
      ),
    );
    return this.byId(id);
  }

  async update(input: UpdateCategoryInput): Promise<CategoryType> {
    await this.unique(() =>
      this.tx.run(async (em) => {
        const [[row]] = await em.query(
          `UPDATE categories c SET name = coalesce($2, c.name), slug = coalesce($3, c.slug), description = coalesce($4, c.description), updated_at = $5
             FROM categories old WHERE c.id = $1 AND old.id = c.id RETURNING old.name AS before, c.name AS after`,
          [input.id, input.name?.trim() ?? null, input.slug ?? null, input.description ?? null, this.clock.now()],
        );
        if (!row) throw new NotFoundError('category', input.id);
        // search documents carry the category's name
        if (row.before !== row.after) await this.outbox.add(em, { type: 'forum.category.renamed', payload: { categoryId: input.id } });
      }),
    );
    return this.byId(input.id);
  }

  /** Sets the order: `ids` must name every category exactly once. */
  async reorder(ids: string[]): Promise<CategoryType[]> {
    await this.tx.run(async (em) => {
      const all: Array<{ id: string }> = await em.query(`SELECT id FROM categories FOR UPDATE`);
      const given = new Set(ids);
      if (given.size !== ids.length || all.length !== ids.length || all.some((c) => !given.has(c.id))) {
        throw BadInputError.field('ids', 'must list every category exactly once');
      }
      await em.query(`UPDATE categories c SET position = o.ord - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE c.id = o.id`, [ids]);
    });
    return this.list(true);
  }

  async setArchived(id: string, archived: boolean): Promise<CategoryType> {
    const [rows] = await this.tx.em.query(`UPDATE categories SET archived_at = CASE WHEN $2 THEN coalesce(archived_at, $3) END, updated_at = $3 WHERE id = $1 RETURNING id`, [
      id,
      archived,
      this.clock.now(),
    ]);
    if (!rows.length) throw new NotFoundError('category', id);
    return this.byId(id);
  }

  private async byId(id: string): Promise<CategoryType> {
    const [row] = await this.byIds([id]);
    if (!row) throw new NotFoundError('category', id);
    return row;
  }

  private async unique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new ConflictError('slug_taken', 'a category with this slug already exists', { field: 'slug' });
      throw err;
    }
  }
}
