import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { OutboxService, idsIn } from '../database/outbox/outbox.service.js';
import type { User } from '../users/user.entity.js';

// A bound for what no change notice describes (a reputation rebuild from the command line).
const TTL_MS = 30_000;
const MAX_ACCOUNTS = 20_000;

interface Cached {
  user: User;
  at: number;
}

/**
 * The accounts behind access tokens, so a signed-in request does not read its account row every
 * time. An account is forgotten on every instance as soon as a committed change mentions its id
 * (reputation events name the member, role and suspension changes announce it), and after 30 s
 * regardless. A lookup that raced with such a change is not stored.
 */
@Injectable()
export class AccountCache implements OnModuleInit {
  private readonly accounts = new Map<string, Cached>();
  // Change counter and the last change per id, as in the response cache: a row read before a
  // change but stored after it would otherwise outlive the change.
  private epoch = 0;
  private readonly changedAt = new Map<string, number>();
  private clearedAt = 0;

  constructor(
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.outbox.onChange((payloads) => {
      this.epoch++;
      for (const payload of payloads) {
        if (payload['*']) return this.clear();
        idsIn(payload).forEach((id) => this.forget(id));
      }
    });
  }

  /** The account, from memory when fresh, else from `load` (stored unless it changed meanwhile). */
  async get(id: string, load: (id: string) => Promise<User | null>): Promise<User | null> {
    const now = this.clock.now().getTime();
    const hit = this.accounts.get(id);
    if (hit && now - hit.at < TTL_MS) return hit.user;
    const since = this.epoch;
    const user = await load(id);
    if (user && this.clearedAt <= since && (this.changedAt.get(id) ?? 0) <= since) {
      if (this.accounts.size >= MAX_ACCOUNTS) this.clear();
      this.accounts.set(id, { user, at: now });
    }
    return user;
  }

  private forget(id: string): void {
    this.accounts.delete(id);
    this.changedAt.set(id, this.epoch);
    if (this.changedAt.size > MAX_ACCOUNTS) this.clear();
  }

  private clear(): void {
    this.accounts.clear();
    this.changedAt.clear();
    this.clearedAt = this.epoch;
  }
}
