// The generated community, planned in memory before anything is written: members, threads over
// three years with power-law activity, answers, comments, votes, acceptances and experts. Other
// planners (webcare, moderation, knowledge) add to it; large-derive.ts then computes what the app
// keeps denormalised. Texts of answers are drawn from per-answer seeds when they are written.
import { detectComplaint } from '../webcare/complaint-detector.js';
import { answerText, commentText, drawCategory, LARGE_CATEGORIES, LARGE_TAGS, question, seededRandom, type Language, type Rng } from './large-text.js';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const YEAR = 365 * DAY;

export const ROLE_MEMBER = 0;
export const ROLE_STAFF = 1;
export const ROLE_ADMIN = 2;

export interface Comment {
  author: number;
  at: number;
  body: string;
  idx: number;
}

export interface Answer {
  /** Position in write order (creation time), set when ids are assigned. */
  idx: number;
  /** Position in plan.answers; votes and ledger events refer to answers by it. */
  ref: number;
  thread: Thread;
  author: number;
  at: number;
  score: number;
  expert: boolean;
  staff: boolean;
  comments: Comment[];
  /** Text given by a planner (staff replies), or drawn from `seed` when first needed. */
  text: string | null;
  seed: number;
}

export interface Thread {
  /** Position in write order (creation time), set when ids are assigned. */
  idx: number;
  /** Position in plan.threads; votes and ledger events refer to threads by it. */
  ref: number;
  author: number;
  at: number;
  category: number;
  title: string;
  body: string;
  language: Language;
  tags: number[];
  answers: Answer[];
  comments: Comment[];
  accepted: Answer | null;
  acceptedAt: number;
  score: number;
  views: number;
  /** What the complaint detector found when the thread was asked, for complaint threads. */
  complaint: { score: number; phrases: string[] } | null;
  /** Set by the webcare planner when staff resolved the thread before any acceptance. */
  staffResolvedAt: number | null;
  /** The case whose resolution solved the thread (its idx is its write position). */
  staffResolvedCase: { idx: number } | null;
  // Derived (large-derive.ts).
  status: 'OPEN' | 'ANSWERED' | 'SOLVED';
  firstAnsweredAt: number | null;
  solvedAt: number | null;
  lastActivityAt: number;
  hasExpertAnswer: boolean;
}

export interface Certification {
  user: number;
  category: number;
  grantedBy: number;
  grantedAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  revokedBy: number | null;
}

/** Growable struct-of-arrays of votes; `post` is a thread index, or threads + answer ref. */
export class Votes {
  n = 0;
  post = new Int32Array(1024);
  voter = new Int32Array(1024);
  value = new Int8Array(1024);
  at = new Float64Array(1024);

  push(post: number, voter: number, value: number, at: number): void {
    if (this.n === this.post.length) this.grow();
    this.post[this.n] = post;
    this.voter[this.n] = voter;
    this.value[this.n] = value;
    this.at[this.n] = at;
    this.n++;
  }

  private grow(): void {
    const size = this.post.length * 2;
    const g = <T extends Int32Array | Int8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.post = g(this.post, (n) => new Int32Array(n));
    this.voter = g(this.voter, (n) => new Int32Array(n));
    this.value = g(this.value, (n) => new Int8Array(n));
    this.at = g(this.at, (n) => new Float64Array(n));
  }
}

export interface Users {
  count: number;
  members: number;
  role: Uint8Array;
  joinAt: Float64Array;
  /** Earliest thing each user did; join times are moved before it. */
  firstAct: Float64Array;
  points: Int32Array;
  flagsHelpful: Int32Array;
  flagsDeclined: Int32Array;
  email: (i: number) => string;
  name: (i: number) => string;
}

export interface Plan {
  now: number;
  seed: number;
  rng: Rng;
  users: Users;
  staff: number[];
  admins: number[];
  threads: Thread[];
  answers: Answer[];
  votes: Votes;
  certifications: Certification[];
  /** Active experts per category (user indices). */
  experts: Array<Set<number>>;
  categories: ReadonlyArray<readonly [string, string]>;
  tags: readonly string[];
}

export interface PlanOptions {
  threads: number;
  now: number;
  seed?: number;
}

const STAFF_COUNT = (threads: number) => Math.max(6, Math.min(40, Math.round(threads / 4000)));

/** Moves a time that would fall after `now` back into (from, now]. */
export function clampAfter(from: number, at: number, now: number, rng: Rng): number {
  return Math.floor(at <= now ? at : from + (now - from) * (0.2 + 0.8 * rng()));
}

/** Plans members, threads, answers, comments, votes, acceptances and experts. */
export function planForum(opts: PlanOptions): Plan {
  const seed = opts.seed ?? 20261125;
  const rng = seededRandom(seed);
  const now = opts.now;
  const start = now - 3 * YEAR;
  const T = opts.threads;

  // --- members and staff ------------------------------------------------------------------
  const members = Math.max(10, Math.floor(T / 2));
  const staffCount = STAFF_COUNT(T);
  const adminCount = 2;
  const count = members + staffCount + adminCount;
  const users: Users = {
    count,
    members,
    role: new Uint8Array(count),
    joinAt: new Float64Array(count),
    firstAct: new Float64Array(count).fill(Infinity),
    points: new Int32Array(count),
    flagsHelpful: new Int32Array(count),
    flagsDeclined: new Int32Array(count),
    email: (i) => (i < members ? `load${i + 1}@voltaro.test` : i < members + staffCount ? `agent${i - members + 1}@voltaro.test` : `admin${i - members - staffCount + 1}@voltaro.test`),
    name: (i) => (i < members ? `load_${i + 1}` : i < members + staffCount ? `agent_${i - members + 1}` : `admin_${i - members - staffCount + 1}`),
  };
  for (let i = 0; i < members; i++) users.joinAt[i] = Math.floor(start + 3 * YEAR * rng());
  const staff: number[] = [];
  const admins: number[] = [];
  for (let k = 0; k < staffCount; k++) {
    const i = members + k;
    users.role[i] = ROLE_STAFF;
    users.joinAt[i] = Math.floor(start - 30 * DAY + 2.5 * YEAR * rng() ** 2);
    staff.push(i);
  }
  for (let k = 0; k < adminCount; k++) {
    const i = members + staffCount + k;
    users.role[i] = ROLE_ADMIN;
    users.joinAt[i] = Math.floor(start - 60 * DAY - 30 * DAY * rng());
    admins.push(i);
  }
  const acted = (user: number, at: number) => {
    if (at < users.firstAct[user]) users.firstAct[user] = at;
  };
  // A few members write most posts (load1 the most).
  const someone = () => Math.floor(members * rng() ** 3);
  const anyMember = () => Math.floor(members * rng());

  // --- threads ----------------------------------------------------------------------------
  const threads: Thread[] = [];
  for (let i = 0; i < T; i++) {
    const category = drawCategory(rng);
    const complaint = rng() < 0.012;
    const textRng = seededRandom((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    const q = question(textRng, category, complaint);
    let assessed: Thread['complaint'] = null;
    if (complaint) {
      const a = detectComplaint({ title: q.title, body: q.body });
      if (a.isComplaint) assessed = { score: a.score, phrases: a.matchedPhrases.slice(0, 20) };
    }
    const author = someone();
    const at = Math.floor(now - 3 * YEAR * rng() ** 1.5);
    acted(author, at);
    threads.push({
      idx: -1, ref: i, author, at, category, title: q.title, body: q.body, language: q.language, tags: q.tags.map((t) => LARGE_TAGS.indexOf(t)),
      answers: [], comments: [], accepted: null, acceptedAt: 0, score: 0, views: 0, complaint: assessed,
      staffResolvedAt: null, staffResolvedCase: null,
      status: 'OPEN', firstAnsweredAt: null, solvedAt: null, lastActivityAt: at, hasExpertAnswer: false,
    });
  }

  // --- answers: heavy-tailed counts averaging five; about one thread in eight unanswered ----
  const answers: Answer[] = [];
  const addAnswer = (t: Thread, maxDelay: number) => {
    const author = someone();
    const at = clampAfter(t.at, t.at + maxDelay * rng() ** 2, now, rng);
    const a: Answer = { idx: -1, ref: answers.length, thread: t, author, at, score: 0, expert: false, staff: false, comments: [], text: null, seed: (seed ^ Math.imul(answers.length + 1, 0x85ebca6b)) >>> 0 };
    answers.push(a);
    t.answers.push(a);
    acted(author, at);
  };
  // Counts are drawn first, then scaled so that they add up to five per thread exactly.
  const target = T * 5;
  const counts = threads.map(() => (rng() < 0.12 ? 0 : Math.min(150, Math.round(2.2 * rng() ** -0.6 + 3 * rng()))));
  const scale = target / Math.max(1, counts.reduce((a, b) => a + b, 0));
  let carry = 0;
  threads.forEach((t, i) => {
    if (!counts[i]) return;
    const exact = counts[i] * scale + carry;
    const n = Math.max(1, Math.floor(exact));
    carry = exact - n;
    for (let k = 0; k < n && answers.length < target; k++) addAnswer(t, 48 * HOUR);
  });
  for (let i = 0; answers.length < target; i = (i + 1) % threads.length) if (counts[i]) addAnswer(threads[i], 48 * HOUR);

  // --- experts: the busiest answerers of each category, certified by an admin ---------------
  const certifications: Certification[] = [];
  const experts = LARGE_CATEGORIES.map(() => new Set<number>());
  const perCategory = LARGE_CATEGORIES.map(() => new Map<number, number>());
  for (const a of answers) perCategory[a.thread.category].set(a.author, (perCategory[a.thread.category].get(a.author) ?? 0) + 1);
  perCategory.forEach((counts, c) => {
    const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([u]) => u);
    // Skip the very busiest (they are busy everywhere): experts are specialists.
    const pool = ranked.slice(3 + c, 40 + c);
    const n = Math.min(pool.length, 2 + Math.floor(rng() * 3));
    for (let k = 0; k < n; k++) {
      const user = pool[Math.floor(rng() * pool.length)];
      if (experts[c].has(user)) continue;
      experts[c].add(user);
      const grantedAt = Math.floor(now - (30 + 600 * rng()) * DAY);
      certifications.push({ user, category: c, grantedBy: admins[k % admins.length], grantedAt, expiresAt: rng() < 0.2 ? Math.floor(now + (60 + 300 * rng()) * DAY) : null, revokedAt: null, revokedBy: null });
      acted(user, grantedAt);
    }
    // One former expert per category: certified once, revoked later (their answers lost the mark).
    const former = pool.find((u) => !experts[c].has(u));
    if (former !== undefined) {
      const grantedAt = Math.floor(now - (500 + 300 * rng()) * DAY);
      certifications.push({ user: former, category: c, grantedBy: admins[0], grantedAt, expiresAt: null, revokedAt: Math.floor(grantedAt + (60 + 200 * rng()) * DAY), revokedBy: admins[1] });
      acted(former, grantedAt);
    }
  });
  // The mark follows the current certification (experts.service re-marks on certify and revoke).
  for (const a of answers) a.expert = experts[a.thread.category].has(a.author);

  // --- votes: distinct voters per post, never the author; scores are their sum --------------
  const votes = new Votes();
  const castVotes = (post: number, author: number, at: number, max: number, downShare: number): number => {
    const n = Math.floor(max * rng() ** 3);
    let score = 0;
    const seen: number[] = [author];
    for (let k = 0; k < n; k++) {
      const voter = anyMember();
      if (seen.includes(voter)) continue;
      seen.push(voter);
      const value = rng() < downShare ? -1 : 1;
      // Whole seconds: the ledger orders votes by time (seed-ids orderBy works in seconds).
      let when = Math.ceil(clampAfter(at, at + 10 * DAY * rng(), now, rng) / 1000) * 1000;
      if (when > now) when = Math.floor(now / 1000) * 1000;
      if (when < at) continue;
      score += value;
      votes.push(post, voter, value, when);
      acted(voter, when);
    }
    return score;
  };
  for (let i = 0; i < threads.length; i++) {
    const t = threads[i];
    t.score = castVotes(i, t.author, t.at, 6, 0.05);
    for (const a of t.answers) a.score = castVotes(T + a.ref, a.author, a.at, 8, 0.08);
  }

  // --- acceptance: most askers accept the best answer that is not their own -----------------
  for (const t of threads) {
    if (rng() >= 0.55) continue;
    const best = t.answers.filter((a) => a.author !== t.author).sort((x, y) => y.score - x.score || x.at - y.at)[0];
    if (!best) continue;
    t.accepted = best;
    t.acceptedAt = clampAfter(best.at, best.at + (2 * HOUR + 40 * HOUR * rng() ** 2), now, rng);
  }

  // --- comments: on answers (often by the asker) and on some questions -----------------------
  for (const t of threads) {
    const nq = rng() < 0.12 ? 1 + Math.floor(rng() * 2) : 0;
    for (let k = 0; k < nq; k++) {
      const author = rng() < 0.5 ? t.author : anyMember();
      const at = clampAfter(t.at, t.at + 6 * HOUR * rng(), now, rng);
      t.comments.push({ author, at, body: commentText(rng, t.language), idx: -1 });
      acted(author, at);
    }
    for (const a of t.answers) {
      const r = rng();
      const n = r < 0.35 ? 1 : r < 0.42 ? 2 + Math.floor(rng() * 2) : 0;
      for (let k = 0; k < n; k++) {
        const author = rng() < 0.4 ? t.author : anyMember();
        const at = clampAfter(a.at, a.at + 8 * HOUR * rng(), now, rng);
        a.comments.push({ author, at, body: commentText(rng, t.language), idx: -1 });
        acted(author, at);
      }
    }
  }

  // Views grow with answers and score (what thread pages have counted).
  for (const t of threads) t.views = Math.round((20 + 15 * t.answers.length + 30 * Math.max(0, t.score)) * (0.5 + rng() * 2));

  return { now, seed, rng, users, staff, admins, threads, answers, votes, certifications, experts, categories: LARGE_CATEGORIES, tags: LARGE_TAGS };
}

/** The text of an answer: a planner's, or drawn from the answer's own seed. */
export function answerBody(a: Answer): string {
  return (a.text ??= answerText(seededRandom(a.seed), a.thread.category, a.thread.language));
}
