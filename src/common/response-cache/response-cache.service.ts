import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { OutboxService, idsIn } from '../../database/outbox/outbox.service.js';

interface Entry {
  /** UTF-8, outside the JavaScript heap (the heap is kept small: see package.json's start). */
  body: Buffer;
  tags: string[];
  expiresAt: number;
  onHit?: () => void;
}

const MAX_ENTRIES = 20_000;
const MAX_BYTES = 32 * 1024 * 1024;
const TTL_MS = 60_000;
/** Tag of responses that show search results; see tagsOf. */
export const SEARCH_TAG = 'search';

/**
 * What anonymous readers see, keyed by operation and variables. Entries carry tags (thread:<id>,
 * user:<id>, lists) collected while the response was computed; a committed change invalidates
 * the tags it touches on this instance right after commit and on every other instance through
 * the outbox's change notifications. A TTL bounds whatever a tag does not describe (say, an
 * author's reputation shown on another thread).
 */
@Injectable()
export class ResponseCacheService implements OnModuleInit {
  private readonly entries = new Map<string, Entry>();
  private readonly byTag = new Map<string, Set<string>>();
  private bytes = 0;
  // Invalidation counter, and when each tag was last invalidated: a response computed while one of
  // its tags was invalidated may hold what was just replaced, so it is not stored.
  private epoch = 0;
  private readonly invalidatedAt = new Map<string, number>();
  private clearedAt = 0;
  private static readonly MAX_REMEMBERED_TAGS = 10_000;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  get enabled(): boolean {
    return this.config.responseCache;
  }

  onModuleInit(): void {
    this.outbox.onChange((payloads) => {
      if (payloads.some((p) => p['*'])) this.clear();
      else this.invalidate(ResponseCacheService.tagsOf(payloads));
    });
  }

  clear(): void {
    this.clearedAt = ++this.epoch;
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  static key(query: string, operationName: unknown, variables: unknown): string {
    return createHash('sha1').update(query).update('\0').update(String(operationName ?? '')).update('\0').update(stableJson(variables ?? {})).digest('base64url');
  }

  get(key: string): Pick<Entry, 'body' | 'onHit'> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt < Date.now()) {
      this.drop(key);
      return undefined;
    }
    // Refresh its place in the LRU order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Where the invalidations stand; pass it to `set` for a response computed from now on. */
  get now(): number {
    return this.epoch;
  }

  set(key: string, body: string, tags: Iterable<string>, onHit?: () => void, computedSince = this.epoch): void {
    tags = [...tags];
    if (this.clearedAt > computedSince || (tags as string[]).some((t) => (this.invalidatedAt.get(t) ?? 0) > computedSince)) return;
    this.drop(key);
    const entry = { body: Buffer.from(body, 'utf8'), tags: [...tags], expiresAt: Date.now() + TTL_MS, onHit };
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    while (this.entries.size > MAX_ENTRIES || this.bytes > MAX_BYTES) this.drop(this.entries.keys().next().value!);
  }

  invalidate(tags: string[]): void {
    const epoch = ++this.epoch;
    if (this.invalidatedAt.size > ResponseCacheService.MAX_REMEMBERED_TAGS) {
      // forget old invalidations; responses begun before now are then not stored at all
      this.invalidatedAt.clear();
      this.clearedAt = epoch;
    }
    for (const tag of tags) {
      this.invalidatedAt.set(tag, epoch);
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) this.drop(key);
    }
  }

  /**
   * Tags a committed change touches, from an outbox event: every id in its payload, and the lists;
   * a write to the search index (`{ searchIndex: true }`) touches the search results.
   */
  static tagsOf(payloads: Array<Record<string, unknown>>): string[] {
    const tags = new Set<string>();
    for (const payload of payloads) {
      if (payload.searchIndex === true) {
        tags.add(SEARCH_TAG);
        continue;
      }
      tags.add('lists');
      for (const id of idsIn(payload)) tags.add(`id:${id}`);
    }
    return [...tags];
  }

  get size(): number {
    return this.entries.size;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys && !keys.size) this.byTag.delete(tag);
    }
  }
}

/** JSON with sorted keys, so equal variables give equal keys. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  return `{${Object.keys(value as object).sort().map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}
