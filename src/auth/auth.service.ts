import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor } from '../common/auth/actor.js';
import { Clock } from '../common/clock.js';
import { UnauthenticatedError } from '../common/errors/domain-errors.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Tx } from '../database/tx.js';
import { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { AccountCache } from './account-cache.js';
import { LoginInput, RegisterInput } from './auth.inputs.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { hashPassword, verifyPassword } from './passwords.js';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** How long a rotated refresh token may be presented again by a client that lost the answer. */
export const REUSE_GRACE_MS = 30_000;

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
    private readonly accounts: AccountCache,
  ) {}

  /** Creates a member account and signs it in. */
  async register(input: RegisterInput): Promise<Session> {
    const passwordHash = await hashPassword(input.password);
    return this.tx.run(async (em) => {
      const user = await this.users.create(em, { email: input.email, displayName: input.displayName, passwordHash });
      return this.openSession(em, user, randomUUID());
    });
  }

  /** Checks credentials; failures count towards the per-account and per-address limits. */
  async login(input: LoginInput, address: string): Promise<Session> {
    const account = input.email.trim().toLowerCase();
    const em = this.tx.em;
    await this.throttle.check(em, account, address);
    const user = await this.users.findCredentials(em, account);
    const ok = await verifyPassword(user?.passwordHash, input.password);
    if (!user || !ok) {
      await this.throttle.recordFailure(em, account, address);
      throw new UnauthenticatedError('invalid_credentials', 'wrong email or password');
    }
    this.assertNotSuspended(user);
    return this.tx.run(async (tx) => {
      await this.throttle.clearAccount(tx, account);
      return this.openSession(tx, user, randomUUID());
    });
  }

  /**
   * Rotates a refresh token. A token that was already used or revoked means it was stolen or
   * replayed: the whole family is revoked and the caller must sign in again. One exception: a
   * token presented again within REUSE_GRACE_MS of its rotation, while nothing newer in its family
   * has been used, is a client that never saw the answer (a page reloaded mid-refresh); it gets a
   * new pair in the same family instead of being signed out.
   */
  async refresh(refreshToken: string): Promise<Session> {
    const outcome = await this.tx.run(async (em) => {
      const [token] = await em.query(
        `SELECT id, user_id, family_id, expires_at, used_at, revoked_at FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
        [sha256(refreshToken)],
      );
      if (!token) return { error: 'invalid_refresh_token' } as const;
      const now = this.clock.now();
      if (token.used_at || token.revoked_at) {
        const [{ newer }] = token.used_at
          ? await em.query(`SELECT EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND used_at >= $2 AND id <> $3) AS newer`, [token.family_id, token.used_at, token.id])
          : [{ newer: true }];
        const lostAnswer = !token.revoked_at && !newer && now.getTime() - new Date(token.used_at).getTime() <= REUSE_GRACE_MS;
        if (!lostAnswer) {
          await em.query(`UPDATE refresh_tokens SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL`, [token.family_id, now]);
          return { error: 'refresh_token_reused' } as const;
        }
      }
      if (new Date(token.expires_at) <= now) return { error: 'refresh_token_expired' } as const;
      const user = await this.users.findById(em, token.user_id);
      if (!user) return { error: 'invalid_refresh_token' } as const;
      this.assertNotSuspended(user);
      await em.query(`UPDATE refresh_tokens SET used_at = $2 WHERE id = $1`, [token.id, now]);
      return { session: await this.openSession(em, user, token.family_id) };
    });
    if ('error' in outcome) throw new UnauthenticatedError(outcome.error, 'session expired or revoked; sign in again');
    return outcome.session;
  }

  /** Revokes the refresh token's whole family (this device's session). */
  async logout(refreshToken: string): Promise<boolean> {
    await this.tx.em.query(
      `UPDATE refresh_tokens SET revoked_at = $2
        WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL`,
      [sha256(refreshToken), this.clock.now()],
    );
    return true;
  }

  /** Resolves a bearer token to its actor; suspended accounts are refused even with a valid token. */
  async authenticate(accessToken: string): Promise<Actor> {
    let sub: string;
    try {
      ({ sub } = this.jwt.verify<{ sub: string }>(accessToken, { clockTimestamp: Math.floor(this.clock.now().getTime() / 1000) }));
    } catch {
      throw new UnauthenticatedError('invalid_token', 'access token invalid or expired');
    }
    const user = await this.accounts.get(sub, (id) => this.users.findById(this.tx.em, id));
    if (!user) throw new UnauthenticatedError('invalid_token', 'access token invalid or expired');
    this.assertNotSuspended(user);
    return { id: user.id, role: user.role, displayName: user.displayName, reputation: user.reputation };
  }

  private assertNotSuspended(user: User): void {
    if (user.suspendedUntil && new Date(user.suspendedUntil) > this.clock.now()) {
      const until = new Date(user.suspendedUntil).toISOString();
      throw new UnauthenticatedError('account_suspended', `account suspended until ${until}: ${user.suspensionReason ?? ''}`.trim());
    }
  }

  private async openSession(em: EntityManager, user: User, familyId: string): Promise<Session> {
    const now = this.clock.now();
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.config.auth.accessTokenTtlSeconds;
    const accessToken = this.jwt.sign({ sub: user.id, role: user.role, iat, exp });
    const refreshToken = randomBytes(32).toString('base64url');
    await em.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)`,
      [user.id, familyId, sha256(refreshToken), new Date(now.getTime() + this.config.auth.refreshTokenTtlSeconds * 1000), now],
    );
    return { accessToken, accessTokenExpiresAt: new Date(exp * 1000), refreshToken, user };
  }
}
