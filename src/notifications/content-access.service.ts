import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Role } from '../common/auth/actor.js';
import { ExpertsService } from '../experts/experts.service.js';

export interface ThreadState {
  id: string;
  authorId: string;
  categoryId: string;
  deletedAt: Date | null;
  hiddenAt: Date | null;
}

export type PostKind = 'QUESTION' | 'ANSWER' | 'COMMENT';

export interface PostState {
  id: string;
  kind: PostKind;
  threadId: string;
  authorId: string;
  score: number | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
}

export interface Viewer {
  id: string;
  role: Role;
}

export const isStaffRole = (viewer: Viewer): boolean => viewer.role === 'STAFF' || viewer.role === 'ADMIN';

/**
 * Who may see a thread or post right now, read fresh for every notification and every live event:
 * deleted content only staff; hidden content staff, experts of the category and its author (as
 * the forum shows it).
 */
@Injectable()
export class ContentAccess {
  constructor(private readonly experts: ExpertsService) {}

  async thread(em: EntityManager, id: string): Promise<ThreadState | null> {
    const [row] = await em.query(
      `SELECT id, author_id AS "authorId", category_id AS "categoryId", deleted_at AS "deletedAt", hidden_at AS "hiddenAt" FROM threads WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async post(em: EntityManager, kind: PostKind, id: string): Promise<PostState | null> {
    const sql = {
      QUESTION: `SELECT id, 'QUESTION' AS kind, id AS "threadId", author_id AS "authorId", score, deleted_at AS "deletedAt", hidden_at AS "hiddenAt" FROM threads WHERE id = $1`,
      ANSWER: `SELECT id, 'ANSWER' AS kind, thread_id AS "threadId", author_id AS "authorId", score, deleted_at AS "deletedAt", hidden_at AS "hiddenAt" FROM answers WHERE id = $1`,
      COMMENT: `SELECT id, 'COMMENT' AS kind, thread_id AS "threadId", author_id AS "authorId", NULL::int AS score, deleted_at AS "deletedAt", hidden_at AS "hiddenAt" FROM comments WHERE id = $1`,
    }[kind];
    const [row] = await em.query(sql, [id]);
    return row ?? null;
  }

  async roles(em: EntityManager, ids: readonly string[]): Promise<Map<string, Role>> {
    const rows: Array<{ id: string; role: Role }> = await em.query(`SELECT id, role FROM users WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.role]));
  }

  async seesThread(em: EntityManager, viewer: Viewer, thread: ThreadState): Promise<boolean> {
    if (isStaffRole(viewer)) return true;
    if (thread.deletedAt) return false;
    return !thread.hiddenAt || (await this.seesHidden(em, viewer, thread, thread.authorId));
  }

  async seesPost(em: EntityManager, viewer: Viewer, thread: ThreadState, post: PostState): Promise<boolean> {
    if (!(await this.seesThread(em, viewer, thread))) return false;
    if (isStaffRole(viewer)) return true;
    if (post.deletedAt) return false;
    return !post.hiddenAt || (await this.seesHidden(em, viewer, thread, post.authorId));
  }

  // Webcare's tables, read only: a case's current assignee and team decide which staff hear of it.
  async caseStaff(em: EntityManager, caseId: string): Promise<{ assigneeId: string | null; teamId: string | null } | null> {
    const [row] = await em.query(`SELECT assignee_id AS "assigneeId", team_id AS "teamId" FROM webcare_cases WHERE id = $1`, [caseId]);
    return row ?? null;
  }

  async teamMembers(em: EntityManager, teamId: string | null): Promise<string[]> {
    if (!teamId) return [];
    const rows: Array<{ user_id: string }> = await em.query(`SELECT user_id FROM webcare_team_members WHERE team_id = $1 ORDER BY user_id`, [teamId]);
    return rows.map((r) => r.user_id);
  }

  async isTeamMember(em: EntityManager, teamId: string, userId: string): Promise<boolean> {
    const [row] = await em.query(`SELECT 1 FROM webcare_team_members WHERE team_id = $1 AND user_id = $2`, [teamId, userId]);
    return !!row;
  }

  private async seesHidden(em: EntityManager, viewer: Viewer, thread: ThreadState, authorId: string): Promise<boolean> {
    return viewer.id === authorId || this.experts.isExpert(em, viewer.id, thread.categoryId);
  }
}
