// What the app keeps denormalised, computed from the plan the way the services would have left it:
// thread status, counters and times (answers.service, comments.service, cases.service), the
// reputation ledger in time order with the daily vote cap (ledger.service, reputation.rules), the
// members' reputation as its sum, and join times before anyone's first action.
import { CAPPED_KINDS, DEFAULT_RULES, capAward, type ReputationEventKind } from '../reputation/reputation.rules.js';
import { DAY, HOUR, ROLE_MEMBER, type Plan } from './large-plan.js';
import { orderBy } from './seed-ids.js';

export const LEDGER_KINDS: ReputationEventKind[] = ['question_upvoted', 'answer_upvoted', 'post_downvoted', 'downvoted_answer', 'answer_accepted', 'expert_answer_accepted', 'accepted_an_answer'];
const K = Object.fromEntries(LEDGER_KINDS.map((k, i) => [k, i])) as Record<ReputationEventKind, number>;

/** The ledger as parallel arrays, in time order (its ids follow that order). */
export interface Ledger {
  n: number;
  user: Int32Array;
  kind: Uint8Array;
  points: Int16Array;
  /** A thread index, or threads + answer ref. */
  post: Int32Array;
  actor: Int32Array;
  at: Float64Array;
}

/** Thread status, counters and times after everything the planners added. */
export function deriveThreads(plan: Plan): void {
  for (const t of plan.threads) {
    t.answers.sort((a, b) => a.at - b.at);
    let last = t.at;
    let first: number | null = null;
    let expert = false;
    for (const a of t.answers) {
      if (first === null || a.at < first) first = a.at;
      if (a.at > last) last = a.at;
      if (a.expert) expert = true;
      for (const c of a.comments) if (c.at > last) last = c.at;
    }
    for (const c of t.comments) if (c.at > last) last = c.at;
    if (t.accepted && t.acceptedAt > last) last = t.acceptedAt;
    if (t.staffResolvedAt !== null && t.staffResolvedAt > last) last = t.staffResolvedAt;
    t.firstAnsweredAt = first;
    t.hasExpertAnswer = expert;
    t.lastActivityAt = last;
    // An acceptance after a staff resolution still makes the thread the community's solution.
    t.solvedAt = t.accepted ? t.acceptedAt : t.staffResolvedAt;
    t.status = t.solvedAt !== null ? 'SOLVED' : t.answers.length ? 'ANSWERED' : 'OPEN';
  }
}

/**
 * The ledger as the live system would have written it: one vote's events (to the author, and for a
 * downvote on an answer to the voter), acceptances (+15, +5 for an answer that was an expert's
 * when accepted, +2 to the accepting asker), all in time order with the +200 daily cap on vote
 * points per member and UTC day. Members' reputation_points become the sums.
 */
export function buildLedger(plan: Plan, expertAtAccept: (answerRef: number) => boolean): Ledger {
  const { votes, threads, answers, users } = plan;
  const T = threads.length;
  const rules = DEFAULT_RULES;
  const accepted = threads.filter((t) => t.accepted && t.accepted.author !== t.author);
  const capacity = votes.n * 2 + accepted.length * 3;
  const L: Ledger = {
    n: 0, user: new Int32Array(capacity), kind: new Uint8Array(capacity), points: new Int16Array(capacity),
    post: new Int32Array(capacity), actor: new Int32Array(capacity), at: new Float64Array(capacity),
  };
  const push = (user: number, kind: ReputationEventKind, points: number, post: number, actor: number, at: number) => {
    const i = L.n++;
    L.user[i] = user;
    L.kind[i] = K[kind];
    L.points[i] = points;
    L.post[i] = post;
    L.actor[i] = actor;
    L.at[i] = at;
    users.points[user] += points;
  };
  const authorOf = (post: number) => (post < T ? threads[post].author : answers[post - T].author);
  const earned = new Map<number, number>();
  const byTime = orderBy(votes.n, (i) => votes.at[i]);
  accepted.sort((a, b) => a.acceptedAt - b.acceptedAt);
  let next = 0;
  const acceptUntil = (at: number) => {
    for (; next < accepted.length && accepted[next].acceptedAt <= at; next++) {
      const t = accepted[next];
      const a = t.accepted!;
      const post = T + a.ref;
      push(a.author, 'answer_accepted', rules.points.answerAccepted, post, t.author, t.acceptedAt);
      if (expertAtAccept(a.ref)) push(a.author, 'expert_answer_accepted', rules.points.expertAnswerAccepted, post, t.author, t.acceptedAt);
      push(t.author, 'accepted_an_answer', rules.points.acceptorBonus, post, t.author, t.acceptedAt);
    }
  };
  for (let k = 0; k < votes.n; k++) {
    const i = byTime[k];
    const at = votes.at[i];
    acceptUntil(at);
    const post = votes.post[i];
    const author = authorOf(post);
    const isQuestion = post < T;
    if (votes.value[i] === 1) {
      const kind: ReputationEventKind = isQuestion ? 'question_upvoted' : 'answer_upvoted';
      const key = author * 4096 + Math.floor(at / DAY) % 4096;
      const so = earned.get(key) ?? 0;
      const points = CAPPED_KINDS.includes(kind) ? capAward(isQuestion ? rules.points.questionUpvoted : rules.points.answerUpvoted, so, rules.dailyVoteCap) : 0;
      earned.set(key, so + points);
      push(author, kind, points, post, votes.voter[i], at);
    } else {
      push(author, 'post_downvoted', rules.points.postDownvoted, post, votes.voter[i], at);
      if (!isQuestion) push(votes.voter[i], 'downvoted_answer', rules.points.downvoterPenalty, post, votes.voter[i], at);
    }
  }
  acceptUntil(Infinity);
  return L;
}

/** Members joined before the first thing they did; staff before their first case. */
export function settleJoinTimes(plan: Plan): void {
  const { users, rng } = plan;
  for (let i = 0; i < users.count; i++) {
    const first = users.firstAct[i];
    if (!Number.isFinite(first)) continue;
    const margin = users.role[i] === ROLE_MEMBER ? HOUR + 30 * DAY * rng() ** 2 : DAY + 20 * DAY * rng();
    if (users.joinAt[i] > first - HOUR) users.joinAt[i] = Math.floor(first - margin);
  }
}
