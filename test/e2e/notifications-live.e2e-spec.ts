import { LiveHub } from '../../src/notifications/live/live-hub.js';
import { member } from '../factories/accounts.factory.js';
import { answer, thread, vote } from '../factories/forum.factory.js';
import { settle, subscribe, untilSubscribed, type LiveSubscription } from '../factories/notifications.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const THREAD_UPDATED = `subscription($id: ID!) { threadUpdated(threadId: $id) {
  kind threadId postId postKind answerId action score thread { id answerCount status } answer { id body hidden author { id } } } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind count threadId summary } }`;
const QUEUE_CHANGED = `subscription { queueChanged { kind caseId } }`;
const HIDE = `mutation($input: HidePostInput!) { hidePost(input: $input) }`;
const CLOSE = `mutation($input: ModerateThreadInput!) { closeThread(input: $input) { id } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptAnswer(answerId: $id) { id } }`;
const SUSPEND = `mutation($input: SuspendMemberInput!) { suspendUser(input: $input) { id } }`;

describe('live updates: GraphQL subscriptions over graphql-ws', () => {
  let a: TestApp;
  let b: TestApp;
  let urlA: string;
  const subs: LiveSubscription[] = [];
  const open = (...args: Parameters<typeof subscribe>) => {
    const s = subscribe(...args);
    subs.push(s);
    return s;
  };

  // Two instances of one deployment on one database; workers off, so events move only when a test drains.
  beforeAll(async () => {
    a = await createTestApp({}, { workers: false });
    b = await createTestApp({}, { workers: false, databaseUrl: a.databaseUrl });
    urlA = await a.listen();
  });
  afterEach(async () => {
    await Promise.all(subs.splice(0).map((s) => s.dispose()));
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('refuses a connection without a token or with a bad one', async () => {
    const asker = await member(a);
    const q = await thread(a, asker);
    for (const token of [null, 'not-a-token']) {
      const s = open(urlA, token, THREAD_UPDATED, { id: q.id });
      await expect(s.waitFor(1, 5000)).rejects.toThrow(/subscription ended/);
      expect(s.closedWith).toBe(4403);
    }
    expect(a.app.get(LiveHub).listenerCount(`thread:${q.id}`)).toBe(0);
  });

  it('delivers answers, comments, scores, acceptance and moderation on a thread, with fresh objects', async () => {
    const asker = await member(a);
    const answerer = await member(a);
    const staff = await member(a, { role: 'STAFF' });
    const q = await thread(a, asker);
    const s = open(urlA, asker.token, THREAD_UPDATED, { id: q.id });
    await untilSubscribed(a, `thread:${q.id}`);

    const ans = await answer(a, answerer, q.id);
    await a.drainOutbox();
    const [posted] = await s.waitFor(1);
    expect(posted.threadUpdated).toMatchObject({ kind: 'ANSWER_POSTED', postId: ans.id, postKind: 'ANSWER', thread: { id: q.id, answerCount: 1 }, answer: { id: ans.id, author: { id: answerer.id }, hidden: false } });

    await a.gql(asker, COMMENT, { input: { answerId: ans.id, body: 'Thanks, I will check the meter.' } });
    await vote(a, await member(a, { reputation: 20 }), ans.id, 'UP');
    await a.gql(asker, ACCEPT, { id: ans.id });
    await a.gql(staff, CLOSE, { input: { threadId: q.id, reason: 'solved and done' } });
    await a.drainOutbox();
    const events = (await s.waitFor(5)).map((e) => e.threadUpdated);
    expect(events.map((e) => e.kind)).toEqual(['ANSWER_POSTED', 'COMMENT_ADDED', 'SCORE_CHANGED', 'ANSWER_ACCEPTED', 'MODERATED']);
    expect(events[1]).toMatchObject({ postKind: 'COMMENT', answerId: ans.id });
    expect(events[2]).toMatchObject({ postId: ans.id, score: 1 });
    expect(events[4]).toMatchObject({ action: 'close', thread: { status: 'CLOSED' } });
  });

  it('never shows hidden content to a member who may not see it; staff still get it', async () => {
    const asker = await member(a);
    const staff = await member(a, { role: 'STAFF' });
    const q = await thread(a, asker);
    const spam = await answer(a, await member(a), q.id, 'Visit my shop for cheap watches and more great deals.');
    await a.drainOutbox();
    const viewer = open(urlA, asker.token, THREAD_UPDATED, { id: q.id });
    const moderator = open(urlA, staff.token, THREAD_UPDATED, { id: q.id });
    await untilSubscribed(a, `thread:${q.id}`, 2);

    await a.gql(staff, HIDE, { input: { postId: spam.id, reason: 'spam links' } });
    // A later answer hidden before its event goes out: members never hear it was posted.
    const hiddenEarly = await answer(a, await member(a), q.id, 'More spam with links to a shop that sells fake watches.');
    await a.gql(staff, HIDE, { input: { postId: hiddenEarly.id, reason: 'spam links' } });
    await vote(a, await member(a, { reputation: 20 }), spam.id, 'UP');
    await a.drainOutbox();

    const staffEvents = (await moderator.waitFor(4)).map((e) => e.threadUpdated);
    expect(staffEvents.map((e) => e.kind)).toEqual(['POST_HIDDEN', 'ANSWER_POSTED', 'POST_HIDDEN', 'SCORE_CHANGED']);
    expect(staffEvents[1].answer).toMatchObject({ id: hiddenEarly.id, hidden: true, body: expect.stringContaining('fake watches') });
    await settle();
    const seen = viewer.events.map((e) => e.threadUpdated);
    expect(seen.map((e) => e.kind)).toEqual(['POST_HIDDEN', 'POST_HIDDEN']);
    expect(seen.every((e) => e.answer === null && e.thread === null)).toBe(true);
    expect(JSON.stringify(seen)).not.toMatch(/watches/);
  });

  it('sends each member only their own notifications', async () => {
    const asker = await member(a);
    const bystander = await member(a);
    const q = await thread(a, asker);
    const mine = open(urlA, asker.token, NOTIFICATION_ADDED);
    const theirs = open(urlA, bystander.token, NOTIFICATION_ADDED);
    await untilSubscribed(a, `user:${asker.id}`);
    await untilSubscribed(a, `user:${bystander.id}`);
    await answer(a, await member(a), q.id);
    await a.drainOutbox();
    const [added] = await mine.waitFor(1);
    expect(added.notificationAdded).toMatchObject({ kind: 'NEW_ANSWER', count: 1, threadId: q.id });
    await settle();
    expect(theirs.events).toHaveLength(0);
  });

  it('refuses the queue to members', async () => {
    const s = open(urlA, (await member(a)).token, QUEUE_CHANGED);
    await expect(s.waitFor(1, 5000)).rejects.toThrow(/FORBIDDEN|requires role STAFF/);
  });

  it('re-checks the token on every event: an expired or suspended subscriber is disconnected', async () => {
    const asker = await member(a);
    const q = await thread(a, asker);
    const s = open(urlA, asker.token, THREAD_UPDATED, { id: q.id });
    await untilSubscribed(a, `thread:${q.id}`);
    a.clock.advance(16 * 60); // past the 15-minute access token
    await answer(a, await member(a), q.id);
    await a.drainOutbox();
    await expect(s.waitFor(1, 5000)).rejects.toThrow(/subscription ended: 4403/);
    expect(s.events).toHaveLength(0);

    const suspended = await member(a);
    const admin = await member(a, { role: 'ADMIN' });
    const q2 = await thread(a, suspended);
    const s2 = open(urlA, suspended.token, NOTIFICATION_ADDED);
    await untilSubscribed(a, `user:${suspended.id}`);
    const until = new Date(a.clock.now().getTime() + 86400_000).toISOString();
    expect((await a.gql(admin, SUSPEND, { input: { userId: suspended.id, until, reason: 'abuse' } })).errors).toBeUndefined();
    await answer(a, await member(a), q2.id);
    await a.drainOutbox();
    await expect(s2.waitFor(1, 5000)).rejects.toThrow(/subscription ended: 4403/);
  });

  it('delivers to a subscriber on instance A what happened through instance B', async () => {
    b.clock.set(a.clock.now()); // one deployment, one time: A's clock moved in the test above
    const asker = await member(b);
    const q = await thread(b, asker);
    const updates = open(urlA, asker.token, THREAD_UPDATED, { id: q.id });
    const inbox = open(urlA, asker.token, NOTIFICATION_ADDED);
    await untilSubscribed(a, `thread:${q.id}`);
    await untilSubscribed(a, `user:${asker.id}`);
    const ans = await answer(b, await member(b), q.id);
    expect(await b.drainOutbox()).toBeGreaterThan(0); // B's worker handles the event; A only listens
    const [update] = await updates.waitFor(1);
    expect(update.threadUpdated).toMatchObject({ kind: 'ANSWER_POSTED', postId: ans.id, answer: { id: ans.id } });
    const [added] = await inbox.waitFor(1);
    expect(added.notificationAdded).toMatchObject({ kind: 'NEW_ANSWER', threadId: q.id });
  });
});
