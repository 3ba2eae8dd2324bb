import { DEFAULT_RULES, acceptEvents, capAward, reputationOf, voteEvents } from './reputation.rules.js';

const R = DEFAULT_RULES;

describe('reputation rules', () => {
  it('awards DESIGN.md points for votes', () => {
    expect(voteEvents(R, { postKind: 'QUESTION', value: 1, authorId: 'a', voterId: 'v' })).toEqual([{ userId: 'a', kind: 'question_upvoted', points: 10 }]);
    expect(voteEvents(R, { postKind: 'ANSWER', value: 1, authorId: 'a', voterId: 'v' })).toEqual([{ userId: 'a', kind: 'answer_upvoted', points: 10 }]);
    expect(voteEvents(R, { postKind: 'QUESTION', value: -1, authorId: 'a', voterId: 'v' })).toEqual([{ userId: 'a', kind: 'post_downvoted', points: -2 }]);
    expect(voteEvents(R, { postKind: 'ANSWER', value: -1, authorId: 'a', voterId: 'v' })).toEqual([
      { userId: 'a', kind: 'post_downvoted', points: -2 },
      { userId: 'v', kind: 'downvoted_answer', points: -1 },
    ]);
  });

  it('awards acceptance points, the expert extra and the acceptor bonus', () => {
    expect(acceptEvents(R, { answerAuthorId: 'b', askerId: 'a', acceptorId: 'a', isExpertAnswer: false })).toEqual([
      { userId: 'b', kind: 'answer_accepted', points: 15 },
      { userId: 'a', kind: 'accepted_an_answer', points: 2 },
    ]);
    expect(acceptEvents(R, { answerAuthorId: 'b', askerId: 'a', acceptorId: 'a', isExpertAnswer: true }).map((e) => e.points)).toEqual([15, 5, 2]);
    expect(acceptEvents(R, { answerAuthorId: 'b', askerId: 'a', acceptorId: 'staff', isExpertAnswer: false })).toEqual([{ userId: 'b', kind: 'answer_accepted', points: 15 }]);
    expect(acceptEvents(R, { answerAuthorId: 'a', askerId: 'a', acceptorId: 'a', isExpertAnswer: true })).toEqual([]);
  });

  it('caps vote points at 200 a day, partially when the cap is crossed', () => {
    expect(capAward(10, 0, 200)).toBe(10);
    expect(capAward(10, 195, 200)).toBe(5);
    expect(capAward(10, 200, 200)).toBe(0);
    expect(capAward(-2, 250, 200)).toBe(-2);
  });

  it('never lets reputation fall below 1', () => {
    expect(reputationOf(-40)).toBe(1);
    expect(reputationOf(0)).toBe(1);
    expect(reputationOf(27)).toBe(27);
  });
});
