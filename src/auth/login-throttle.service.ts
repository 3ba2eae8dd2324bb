import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { RateLimitedError } from '../common/errors/domain-errors.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/**
 * Login failures per account and per address within a sliding window, kept in PostgreSQL so
 * every instance sees the same counts.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async check(em: EntityManager, account: string, address: string): Promise<void> {
    const { loginFailureWindowSeconds: window, loginMaxFailuresPerAccount, loginMaxFailuresPerAddress } = this.config.auth;
    const now = this.clock.now();
    const since = new Date(now.getTime() - window * 1000);
    const [row] = await em.query(
      `SELECT
         (SELECT count(*)::int FROM login_failures WHERE account = $1 AND at > $3) AS account_count,
         (SELECT min(at) FROM (SELECT at FROM login_failures WHERE account = $1 AND at > $3 ORDER BY at DESC LIMIT $4) a) AS account_oldest,
         (SELECT count(*)::int FROM login_failures WHERE address = $2 AND at > $3) AS address_count,
         (SELECT min(at) FROM (SELECT at FROM login_failures WHERE address = $2 AND at > $3 ORDER BY at DESC LIMIT $5) b) AS address_oldest`,
      [account, address, since, loginMaxFailuresPerAccount, loginMaxFailuresPerAddress],
    );
    const retryAfter = (oldest: Date) => Math.max(1, Math.ceil((new Date(oldest).getTime() + window * 1000 - now.getTime()) / 1000));
    if (row.account_count >= loginMaxFailuresPerAccount) {
      throw new RateLimitedError('login_account_throttled', retryAfter(row.account_oldest), `too many failed logins for this account; retry in ${retryAfter(row.account_oldest)} s`);
    }
    if (row.address_count >= loginMaxFailuresPerAddress) {
      throw new RateLimitedError('login_address_throttled', retryAfter(row.address_oldest), `too many failed logins from this address; retry in ${retryAfter(row.address_oldest)} s`);
    }
  }

  async recordFailure(em: EntityManager, account: string, address: string): Promise<void> {
    await em.query(`INSERT INTO login_failures (account, address, at) VALUES ($1, $2, $3)`, [account, address, this.clock.now()]);
  }

  async clearAccount(em: EntityManager, account: string): Promise<void> {
    await em.query(`DELETE FROM login_failures WHERE account = $1`, [account]);
  }
}
