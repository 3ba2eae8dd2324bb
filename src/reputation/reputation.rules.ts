/** Point values, the daily cap and privilege thresholds; admins can change them (settings 'reputation'). */
export interface ReputationRules {
  points: {
    questionUpvoted: number;
    answerUpvoted: number;
    answerAccepted: number;
    acceptorBonus: number;
    postDownvoted: number;
    downvoterPenalty: number;
    expertAnswerAccepted: number;
  };
  dailyVoteCap: number;
  privileges: Record<Privilege, number>;
  serialVoting: { votes: number; windowHours: number };
  newMemberLimits: { belowReputation: number; questionsPerHour: number; answersPerHour: number };
}

export type Privilege = 'ask' | 'answer' | 'commentOwn' | 'voteUp' | 'flag' | 'commentAnywhere' | 'createTag' | 'voteDown' | 'editOthers' | 'voteClose';

export const DEFAULT_RULES: ReputationRules = {
  points: {
    questionUpvoted: 10,
    answerUpvoted: 10,
    answerAccepted: 15,
    acceptorBonus: 2,
    postDownvoted: -2,
    downvoterPenalty: -1,
    expertAnswerAccepted: 5,
  },
  dailyVoteCap: 200,
  privileges: {
    ask: 1,
    answer: 1,
    commentOwn: 1,
    voteUp: 15,
    flag: 15,
    commentAnywhere: 50,
    createTag: 300,
    voteDown: 125,
    editOthers: 1000,
    voteClose: 1500,
  },
  serialVoting: { votes: 10, windowHours: 24 },
  newMemberLimits: { belowReputation: 15, questionsPerHour: 3, answersPerHour: 10 },
};

/** Ledger event kinds. Reversals carry the same kind with negated points. */
export type ReputationEventKind =
  | 'question_upvoted'
  | 'answer_upvoted'
  | 'post_downvoted'
  | 'downvoted_answer'
  | 'answer_accepted'
  | 'expert_answer_accepted'
  | 'accepted_an_answer'
  | 'adjustment';

/** Kinds that count towards the daily vote cap. */
export const CAPPED_KINDS: ReputationEventKind[] = ['question_upvoted', 'answer_upvoted'];

/** How many of `points` may still be awarded today when `earnedToday` vote points are already in. */
export function capAward(points: number, earnedToday: number, cap: number): number {
  if (points <= 0) return points;
  return Math.max(0, Math.min(points, cap - earnedToday));
}

export interface PendingEvent {
  userId: string;
  kind: ReputationEventKind;
  points: number;
}

/** The ledger events one vote causes: to the post's author, and for a downvote on an answer, to the voter. */
export function voteEvents(rules: ReputationRules, vote: { postKind: 'QUESTION' | 'ANSWER'; value: 1 | -1; authorId: string; voterId: string }): PendingEvent[] {
  if (vote.value === 1) {
    return vote.postKind === 'QUESTION'
      ? [{ userId: vote.authorId, kind: 'question_upvoted', points: rules.points.questionUpvoted }]
      : [{ userId: vote.authorId, kind: 'answer_upvoted', points: rules.points.answerUpvoted }];
  }
  const events: PendingEvent[] = [{ userId: vote.authorId, kind: 'post_downvoted', points: rules.points.postDownvoted }];
  if (vote.postKind === 'ANSWER') events.push({ userId: vote.voterId, kind: 'downvoted_answer', points: rules.points.downvoterPenalty });
  return events;
}

/**
 * The ledger events of accepting an answer. Accepting one's own answer earns nothing (as on Stack
 * Overflow); staff accepting on the asker's behalf do not earn the acceptor bonus.
 */
export function acceptEvents(
  rules: ReputationRules,
  accept: { answerAuthorId: string; askerId: string; acceptorId: string; isExpertAnswer: boolean },
): PendingEvent[] {
  if (accept.answerAuthorId === accept.askerId) return [];
  const events: PendingEvent[] = [{ userId: accept.answerAuthorId, kind: 'answer_accepted', points: rules.points.answerAccepted }];
  if (accept.isExpertAnswer) events.push({ userId: accept.answerAuthorId, kind: 'expert_answer_accepted', points: rules.points.expertAnswerAccepted });
  if (accept.acceptorId === accept.askerId) events.push({ userId: accept.askerId, kind: 'accepted_an_answer', points: rules.points.acceptorBonus });
  return events;
}

/** A member's reputation from their ledger sum: never below 1. */
export const reputationOf = (ledgerSum: number): number => Math.max(1, ledgerSum);
