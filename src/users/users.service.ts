import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, Role, isStaff } from '../common/auth/actor.js';
import { Clock } from '../common/clock.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { OutboxService } from '../database/outbox/outbox.service.js';
import { Tx } from '../database/tx.js';
import { User } from './user.entity.js';
import { UserType } from './user.type.js';

const USER_COLUMNS = `id, email, display_name AS "displayName", role, reputation, bio,
  suspended_until AS "suspendedUntil", suspension_reason AS "suspensionReason", created_at AS "createdAt", updated_at AS "updatedAt"`;

@Injectable()
export class UsersService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  /** Inserts an account; a taken email or display name is CONFLICT. */
  async create(em: EntityManager, data: { email: string; displayName: string; passwordHash: string; role?: Role }): Promise<User> {
    const now = this.clock.now();
    try {
      const [row] = await em.query(
        `INSERT INTO users (email, display_name, password_hash, role, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING ${USER_COLUMNS}`,
        [data.email.trim(), data.displayName.trim(), data.passwordHash, data.role ?? 'MEMBER', now],
      );
      return row;
    } catch (err) {
      const constraint = (err as { constraint?: string }).constraint;
      if (constraint === 'users_email_key') throw new ConflictError('email_taken', 'an account with this email already exists', { field: 'email' });
      if (constraint === 'users_display_name_key') throw new ConflictError('display_name_taken', 'this display name is taken', { field: 'displayName' });
      throw err;
    }
  }

  async findById(em: EntityManager, id: string): Promise<User | null> {
    const [row] = await em.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return row ?? null;
  }

  async findByIds(em: EntityManager, ids: readonly string[]): Promise<User[]> {
    return em.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async findByDisplayName(em: EntityManager, name: string): Promise<User | null> {
    const [row] = await em.query(`SELECT ${USER_COLUMNS} FROM users WHERE lower(display_name) = lower($1)`, [name]);
    return row ?? null;
  }

  async findCredentials(em: EntityManager, email: string): Promise<(User & { passwordHash: string }) | null> {
    const [row] = await em.query(
      `SELECT ${USER_COLUMNS}, password_hash AS "passwordHash" FROM users WHERE lower(email) = lower($1)`,
      [email.trim()],
    );
    return row ?? null;
  }

  async get(id: string): Promise<User> {
    const user = await this.findById(this.tx.em, id);
    if (!user) throw new NotFoundError('user', id);
    return user;
  }

  async setRole(actor: Actor, userId: string, role: Role): Promise<User> {
    if (actor.id === userId) throw new ForbiddenError('own_role', 'admins cannot change their own role');
    return this.update(userId, `role = $2`, [role]);
  }

  async suspend(actor: Actor, userId: string, until: Date, reason: string): Promise<User> {
    if (until <= this.clock.now()) throw BadInputError.field('until', 'must be in the future');
    const target = await this.get(userId);
    if (isStaff(target) && actor.role !== 'ADMIN') throw new ForbiddenError('suspend_staff', 'only admins can suspend staff');
    return this.update(userId, `suspended_until = $2, suspension_reason = $3`, [until, reason]);
  }

  async unsuspend(userId: string): Promise<User> {
    return this.update(userId, `suspended_until = NULL, suspension_reason = NULL`, []);
  }

  async updateProfile(actor: Actor, bio: string): Promise<User> {
    return this.update(actor.id, `bio = $2`, [bio]);
  }

  private async update(userId: string, set: string, params: unknown[]): Promise<User> {
    const [rows] = await this.tx.em.query(
      `UPDATE users SET ${set}, updated_at = $${params.length + 2} WHERE id = $1 RETURNING ${USER_COLUMNS}`,
      [userId, ...params, this.clock.now()],
    );
    if (!rows?.[0]) throw new NotFoundError('user', userId);
    // role, suspension and profile: every instance forgets its cached copy of the account
    await this.outbox.announce(this.tx.em, [{ userId }]);
    return rows[0];
  }
}

/** What a viewer may see of an account: email and suspension only for itself and staff. */
export function toUserType(user: User, viewer: Actor | null): UserType {
  const privileged = !!viewer && (viewer.id === user.id || isStaff(viewer));
  return {
    id: user.id,
    displayName: user.displayName,
    role: user.role as UserType['role'],
    reputation: user.reputation,
    bio: user.bio,
    createdAt: user.createdAt,
    email: privileged ? user.email : null,
    suspendedUntil: privileged ? user.suspendedUntil : null,
    suspensionReason: privileged ? user.suspensionReason : null,
  };
}
