// Flags and the review queue of the generated community, as moderation/flags.service.ts and
// review.service.ts would have written them: one review item per flagged post (one pending at a
// time), its weight the sum of its flags', a version bumped on every flag and on the decision, a
// history row per step, an audit row per decision and the flaggers' helpful/declined counters.
import { DAY, HOUR, MINUTE, ROLE_MEMBER, clampAfter, type Answer, type Plan, type Thread } from './large-plan.js';

export type FlagReason = 'SPAM' | 'OFFENSIVE' | 'OFF_TOPIC' | 'DUPLICATE' | 'NEEDS_STAFF';

export interface Flag {
  idx: number;
  item: ReviewItem;
  flagger: number;
  reason: FlagReason;
  duplicateOf: Thread | null;
  comment: string | null;
  /** Hundredths: 100 for a member with no declined flags, 0 for needs-staff flags. */
  weight: number;
  status: 'PENDING' | 'HELPFUL' | 'DECLINED';
  at: number;
  resolvedAt: number | null;
}

export interface ReviewItem {
  idx: number;
  postKind: 'QUESTION' | 'ANSWER';
  post: Thread | Answer;
  thread: Thread;
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  flags: Flag[];
  at: number;
  updatedAt: number;
  resolvedAt: number | null;
  resolvedBy: number | null;
  history: Array<{ status: string; action: string; actor: number | null; note: string | null; at: number }>;
}

export interface Moderation {
  items: ReviewItem[];
  flags: Flag[];
  /** Posts with a review item (at most one per post here, so no pending duplicates). */
  flagged: Set<Thread | Answer>;
  /** Members with a declined flag: they flag no more, so every member flag weighs 1. */
  declined: Set<number>;
}

export const newModeration = (): Moderation => ({ items: [], flags: [], flagged: new Set(), declined: new Set() });

const postAuthor = (post: Thread | Answer) => post.author;
const isThread = (post: Thread | Answer): post is Thread => 'title' in post;

/** Opens a review item with its first flag (the flag's time is the item's). */
export function raiseFlag(m: Moderation, post: Thread | Answer, flagger: number, reason: FlagReason, at: number, extra: { comment?: string; duplicateOf?: Thread } = {}): Flag {
  const thread = isThread(post) ? post : post.thread;
  const item: ReviewItem = {
    idx: m.items.length, postKind: isThread(post) ? 'QUESTION' : 'ANSWER', post, thread, status: 'PENDING', flags: [], at, updatedAt: at, resolvedAt: null, resolvedBy: null,
    history: [{ status: 'PENDING', action: 'created', actor: null, note: null, at }],
  };
  m.items.push(item);
  m.flagged.add(post);
  return addFlag(m, item, flagger, reason, at, extra);
}

export function addFlag(m: Moderation, item: ReviewItem, flagger: number, reason: FlagReason, at: number, extra: { comment?: string; duplicateOf?: Thread } = {}): Flag {
  const flag: Flag = {
    idx: m.flags.length, item, flagger, reason, duplicateOf: extra.duplicateOf ?? null, comment: extra.comment ?? null,
    weight: reason === 'NEEDS_STAFF' ? 0 : 100, status: 'PENDING', at, resolvedAt: null,
  };
  m.flags.push(flag);
  item.flags.push(flag);
  item.updatedAt = Math.max(item.updatedAt, at);
  return flag;
}

/** A moderator agrees (flags helpful, no further action) or dismisses (flags declined). */
export function decide(plan: Plan, m: Moderation, item: ReviewItem, moderator: number, agree: boolean, at: number): void {
  item.status = agree ? 'APPROVED' : 'REJECTED';
  item.resolvedAt = at;
  item.resolvedBy = moderator;
  item.updatedAt = at;
  item.history.push({ status: item.status, action: agree ? 'agree:none' : 'dismiss', actor: moderator, note: null, at });
  for (const f of item.flags) {
    f.status = agree ? 'HELPFUL' : 'DECLINED';
    f.resolvedAt = at;
    if (agree) plan.users.flagsHelpful[f.flagger]++;
    else {
      plan.users.flagsDeclined[f.flagger]++;
      m.declined.add(f.flagger);
    }
  }
}

/**
 * Flags on about one answer in 250 and one question in 500: spam, offensive, off-topic and
 * duplicate flags by members, one or two per post. Those older than two weeks were decided by a
 * category expert or staff (mostly upheld), recent ones wait in the queue.
 */
export function planModeration(plan: Plan, m: Moderation): void {
  const { rng, now, users } = plan;
  const reasons: FlagReason[] = ['SPAM', 'OFF_TOPIC', 'OFF_TOPIC', 'SPAM', 'OFFENSIVE', 'DUPLICATE'];
  const comments: Record<FlagReason, string[]> = {
    SPAM: ['advertises a product', 'same link posted in many threads', ''],
    OFFENSIVE: ['rude towards the asker', ''],
    OFF_TOPIC: ['not about this question', 'belongs in another category', ''],
    DUPLICATE: ['asked before', ''],
    NEEDS_STAFF: [''],
  };
  const byCategory = plan.categories.map(() => [] as Thread[]);
  for (const t of plan.threads) byCategory[t.category].push(t);
  for (const list of byCategory) list.sort((a, b) => a.at - b.at);

  const candidates: Array<Thread | Answer> = [];
  for (const t of plan.threads) {
    if (rng() < 0.002) candidates.push(t);
    for (const a of t.answers) if (!a.staff && rng() < 0.004) candidates.push(a);
  }
  const canFlag = (u: number, post: Thread | Answer) => users.role[u] === ROLE_MEMBER && u !== postAuthor(post) && !m.declined.has(u) && !plan.experts[isThreadCategory(post)].has(u);
  // Decisions in time order, so a member whose flag was declined flags no more afterwards.
  const planned = candidates
    .filter((post) => !m.flagged.has(post))
    .map((post) => ({ post, at: clampAfter(post.at, post.at + (2 * HOUR + 5 * DAY * rng()), now, rng) }))
    .sort((a, b) => a.at - b.at);
  // Decisions waiting to happen, kept sorted by time (inserted in place).
  const decisions: Array<{ item: ReviewItem; at: number; agree: boolean; moderator: number }> = [];
  const schedule = (d: (typeof decisions)[number]) => {
    let lo = 0;
    let hi = decisions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (decisions[mid].at <= d.at) lo = mid + 1;
      else hi = mid;
    }
    decisions.splice(lo, 0, d);
  };
  const decideUntil = (at: number) => {
    while (decisions.length && decisions[0].at <= at) {
      const d = decisions.shift()!;
      decide(plan, m, d.item, d.moderator, d.agree, d.at);
    }
  };
  for (const { post, at } of planned) {
    decideUntil(at);
    const reason = reasons[Math.floor(rng() * reasons.length)];
    let flagger = Math.floor(users.members * rng());
    for (let k = 0; k < 5 && !canFlag(flagger, post); k++) flagger = Math.floor(users.members * rng());
    if (!canFlag(flagger, post)) continue;
    const thread = isThread(post) ? post : post.thread;
    let duplicateOf: Thread | undefined;
    if (reason === 'DUPLICATE') {
      // An earlier thread of the category (binary search for how many came before).
      const list = byCategory[thread.category];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].at < thread.at) lo = mid + 1;
        else hi = mid;
      }
      duplicateOf = lo > 0 ? list[Math.floor(rng() * lo)] : undefined;
    }
    const first = raiseFlag(m, post, flagger, duplicateOf || reason !== 'DUPLICATE' ? reason : 'OFF_TOPIC', at, {
      comment: comments[reason][Math.floor(rng() * comments[reason].length)] || undefined,
      duplicateOf,
    });
    plan.users.firstAct[flagger] = Math.min(plan.users.firstAct[flagger], at);
    if (rng() < 0.3) {
      const second = Math.floor(users.members * rng());
      const at2 = clampAfter(at, at + 12 * HOUR * rng(), now, rng);
      if (canFlag(second, post) && second !== flagger) {
        addFlag(m, first.item, second, first.reason, at2);
        plan.users.firstAct[second] = Math.min(plan.users.firstAct[second], at2);
      }
    }
    const decideAt = Math.floor(at + (20 * MINUTE + 10 * DAY * rng() ** 2));
    const lastFlag = Math.max(...first.item.flags.map((f) => f.at));
    if (now - at > 14 * DAY && decideAt > lastFlag && decideAt <= now) {
      const experts = [...plan.experts[thread.category]];
      const moderator = experts.length && rng() < 0.6 ? experts[Math.floor(rng() * experts.length)] : plan.staff[Math.floor(rng() * plan.staff.length)];
      if (moderator !== postAuthor(post)) schedule({ item: first.item, at: decideAt, agree: rng() < 0.7, moderator });
    }
  }
  decideUntil(Infinity);
}

function isThreadCategory(post: Thread | Answer): number {
  return isThread(post) ? post.category : post.thread.category;
}
