import { Tx } from '../../src/database/tx.js';
import { AnswersService } from '../../src/forum/answers/answers.service.js';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { answer, category, certify, thread, vote } from '../factories/forum.factory.js';
import { inbox, inboxOf, setPreference } from '../factories/notifications.factory.js';
import { codeOf, createTestApp, type TestApp } from '../support/test-app.js';

const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const EDIT_ANSWER = `mutation($input: EditAnswerInput!) { editAnswer(input: $input) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptAnswer(answerId: $id) { id } }`;
const UNACCEPT = `mutation($id: ID!) { unacceptAnswer(threadId: $id) { id } }`;
const FOLLOW = `mutation($id: ID!) { followThread(threadId: $id) { threadId following } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollowThread(threadId: $id) { threadId following } }`;
const HIDE = `mutation($input: HidePostInput!) { hidePost(input: $input) }`;
const CLOSE = `mutation($input: ModerateThreadInput!) { closeThread(input: $input) { id } }`;
const FLAG = `mutation($input: FlagPostInput!) { flagPost(input: $input) { id } }`;
const RESOLVE = `mutation($input: ResolveReviewInput!) { resolveReviewItem(input: $input) { id status } }`;
const UNREAD = `query { unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]!, $read: Boolean) { markNotificationsRead(ids: $ids, read: $read) }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;

describe('notifications: inbox', () => {
  let t: TestApp;
  // Workers off: deliveries happen only in drainOutbox, so tests can redeliver rows as a crash would.
  beforeAll(async () => (t = await createTestApp({}, { workers: false })));
  afterAll(() => t.close());

  /** Delivers the outbox, then puts the same rows (same event ids) back and delivers them again. */
  async function drainTwice(): Promise<void> {
    const rows = await t.db.query(`SELECT id, consumer, type, payload, created_at, available_at FROM outbox WHERE consumer = 'notifications'`);
    await t.drainOutbox();
    for (const r of rows) {
      await t.db.query(`INSERT INTO outbox (id, consumer, type, payload, created_at, available_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
        r.id, r.consumer, r.type, r.payload, r.created_at, r.available_at,
      ]);
    }
    await t.drainOutbox();
  }

  it('tells the asker and followers of a new answer once, even when the event is delivered twice', async () => {
    const asker = await member(t);
    const answerer = await member(t);
    const follower = await member(t);
    const q = await thread(t, asker);
    expect((await t.gql(follower, FOLLOW, { id: q.id })).data.followThread).toEqual({ threadId: q.id, following: true });
    const a = await answer(t, answerer, q.id);
    await drainTwice();

    const [n] = await inboxOf(t, asker, 'NEW_ANSWER');
    expect(await inboxOf(t, asker, 'NEW_ANSWER')).toHaveLength(1);
    expect(n).toMatchObject({ count: 1, read: false, threadId: q.id, answerId: a.id, actor: { id: answerer.id }, thread: { id: q.id } });
    expect(n.summary).toMatch(/answered "Why is my invoice higher/);
    expect(await inboxOf(t, follower, 'FOLLOWED_THREAD_ANSWER')).toHaveLength(1);
    expect(await inbox(t, answerer)).toHaveLength(0);
    const [{ n: receipts }] = await t.db.query(`SELECT count(*)::int AS n FROM notification_receipts r JOIN notifications n ON n.id = r.notification_id WHERE n.thread_id = $1`, [q.id]);
    expect(receipts).toBe(2);
  });

  it('notifies nobody when the change rolls back', async () => {
    const asker = await member(t);
    const answerer = await member(t);
    const q = await thread(t, asker);
    await t.drainOutbox();
    const actor = { id: answerer.id, role: 'MEMBER' as const, displayName: answerer.displayName, reputation: 1 };
    await expect(
      t.app.get(Tx).run(async () => {
        await t.app.get(AnswersService).answer(actor, { threadId: q.id, body: 'This answer is written and then rolled back.' });
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    await drainTwice();
    expect(await inbox(t, asker)).toHaveLength(0);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM answers WHERE thread_id = $1`, [q.id]))[0].n).toBe(0);
  });

  it('produces each forum kind once: comment, mention, accepted, vote milestone, certification', async () => {
    const asker = await member(t);
    const answerer = await member(t);
    const mentioned = await member(t, { name: `Mia_${Date.now() % 100000}` });
    const cat = await category(t);
    const q = await thread(t, asker, { categoryId: cat.id });
    const a = await answer(t, answerer, q.id, `Ask @${mentioned.displayName} about the meter readings on your invoice.`);
    await t.gql(asker, COMMENT, { input: { answerId: a.id, body: 'Thanks, that helps a lot!' } });
    await t.gql(answerer, EDIT_ANSWER, { input: { answerId: a.id, body: `Ask @${mentioned.displayName} about the meter readings, and the tariff.`, reason: 'tariff' } });
    await t.gql(asker, ACCEPT, { id: a.id });
    await t.gql(asker, UNACCEPT, { id: q.id });
    await t.gql(asker, ACCEPT, { id: a.id });
    await t.db.query(`UPDATE answers SET score = 9 WHERE id = $1`, [a.id]);
    await vote(t, await member(t, { reputation: 20 }), a.id, 'UP');
    await certify(t, answerer.id, cat.id);
    await drainTwice();

    expect(await inboxOf(t, answerer, 'COMMENT_ON_POST')).toMatchObject([{ count: 1, actor: { id: asker.id }, answerId: a.id }]);
    expect(await inboxOf(t, mentioned, 'MENTION')).toMatchObject([{ postId: a.id, actor: { id: answerer.id } }]);
    expect(await inboxOf(t, answerer, 'ANSWER_ACCEPTED')).toMatchObject([{ answerId: a.id, actor: { id: asker.id } }]);
    const [milestone] = await inboxOf(t, answerer, 'VOTE_MILESTONE');
    expect(milestone).toMatchObject({ milestone: 10, postId: a.id });
    expect(milestone.summary).toContain('reached a score of 10');
    expect(await inboxOf(t, answerer, 'VOTE_MILESTONE')).toHaveLength(1);
    const [cert] = await inboxOf(t, answerer, 'CERTIFICATION_GRANTED');
    expect(cert.category).toEqual({ id: cat.id });
    expect(cert.summary).toMatch(/certified expert in Billing/);
    // The vote below 10 after the milestone, and back, does not tell it again.
    await t.db.query(`UPDATE answers SET score = 9 WHERE id = $1`, [a.id]);
    await vote(t, await member(t, { reputation: 20 }), a.id, 'UP');
    await drainTwice();
    expect(await inboxOf(t, answerer, 'VOTE_MILESTONE')).toHaveLength(1);
  });

  it('tells authors about moderation with the reason, and flaggers about the outcome', async () => {
    const asker = await member(t);
    const answerer = await member(t);
    const staff = await member(t, { role: 'STAFF' });
    const flagger = await member(t, { reputation: 20 });
    const q = await thread(t, asker);
    const a = await answer(t, answerer, q.id);
    expect((await t.gql(staff, HIDE, { input: { postId: a.id, reason: 'personal data in the post' } })).errors).toBeUndefined();
    const spam = await answer(t, await member(t), q.id, 'Buy cheap watches at my shop, best prices in town!');
    await t.gql(staff, CLOSE, { input: { threadId: q.id, reason: 'answered elsewhere' } });
    await t.drainOutbox();
    expect((await t.gql(flagger, FLAG, { input: { postId: spam.id, reason: 'SPAM' } })).errors).toBeUndefined();
    const [item] = await t.db.query(`SELECT id, version FROM review_items WHERE post_id = $1`, [spam.id]);
    expect((await t.gql(staff, RESOLVE, { input: { reviewItemId: item.id, version: item.version, decision: 'AGREE', action: 'DELETE' } })).errors).toBeUndefined();
    await drainTwice();

    const [hidden] = await inboxOf(t, answerer, 'POST_MODERATED');
    expect(hidden).toMatchObject({ action: 'hidden', reason: 'personal data in the post', postId: a.id });
    expect(hidden.summary).toMatch(/was hidden: personal data in the post/);
    expect(await inboxOf(t, asker, 'POST_MODERATED')).toMatchObject([{ action: 'close', reason: 'answered elsewhere' }]);
    expect(await inboxOf(t, flagger, 'FLAG_OUTCOME')).toMatchObject([{ outcome: 'HELPFUL', action: 'DELETE', threadId: q.id }]);
  });

  it('does not tell anyone about an answer hidden before it was delivered', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const a = await answer(t, await member(t), q.id);
    await t.gql(await member(t, { role: 'STAFF' }), HIDE, { input: { postId: a.id, reason: 'spam links' } });
    await drainTwice();
    expect(await inboxOf(t, asker, 'NEW_ANSWER')).toHaveLength(0);
  });

  it('respects per-kind preferences', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    await setPreference(t, asker, 'NEW_ANSWER', false);
    const prefs = (await t.gql(asker, `query { notificationPreferences { kind enabled } }`)).data.notificationPreferences;
    expect(prefs).toContainEqual({ kind: 'NEW_ANSWER', enabled: false });
    expect(prefs).toContainEqual({ kind: 'MENTION', enabled: true });
    await answer(t, await member(t), q.id);
    await drainTwice();
    expect(await inbox(t, asker)).toHaveLength(0);
    await setPreference(t, asker, 'NEW_ANSWER', true);
    await answer(t, await member(t), q.id);
    await drainTwice();
    expect(await inboxOf(t, asker, 'NEW_ANSWER')).toHaveLength(1);
  });

  it('groups many answers on one thread into one unread item, within a time window', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const authors: TestMember[] = [];
    for (let i = 0; i < 5; i++) {
      authors.push(await member(t));
      await answer(t, authors[i], q.id);
    }
    await drainTwice();
    let items = await inboxOf(t, asker, 'NEW_ANSWER');
    expect(items).toHaveLength(1);
    expect(items[0].count).toBe(5);
    expect(items[0].summary).toMatch(/^5 new answers on "/);
    expect(items[0].actors.map((u: { id: string }) => u.id)).toEqual(authors.slice().reverse().map((m) => m.id));

    // Read groups stay as they are: the next answer starts a new item.
    await t.gql(asker, MARK, { ids: [items[0].id] });
    t.clock.advance(60);
    await answer(t, await member(t), q.id);
    await drainTwice();
    items = await inboxOf(t, asker, 'NEW_ANSWER');
    expect(items.map((n) => [n.count, n.read])).toEqual([[1, false], [5, true]]);

    // Past the window an unread group is closed too.
    await t.db.query(`UPDATE notifications SET updated_at = updated_at - interval '25 hours' WHERE recipient_id = $1`, [asker.id]);
    await answer(t, await member(t), q.id);
    await drainTwice();
    expect((await inboxOf(t, asker, 'NEW_ANSWER')).map((n) => n.count)).toEqual([1, 1, 5]);
  });

  it('marks read, unread and all read; counts unread; ignores others’ notifications', async () => {
    const asker = await member(t);
    const other = await member(t);
    const q1 = await thread(t, asker);
    const q2 = await thread(t, asker);
    await answer(t, await member(t), q1.id);
    await answer(t, await member(t), q2.id);
    await t.drainOutbox();
    expect((await t.gql(asker, UNREAD)).data.unreadNotificationCount).toBe(2);
    const [first] = await inbox(t, asker);
    expect((await t.gql(other, MARK, { ids: [first.id] })).data.markNotificationsRead).toBe(0);
    expect((await t.gql(asker, MARK, { ids: [first.id] })).data.markNotificationsRead).toBe(1);
    expect((await t.gql(asker, UNREAD)).data.unreadNotificationCount).toBe(1);
    expect(await inbox(t, asker, { unreadOnly: true })).toHaveLength(1);
    expect((await t.gql(asker, MARK, { ids: [first.id], read: false })).data.markNotificationsRead).toBe(1);
    expect((await t.gql(asker, MARK_ALL)).data.markAllNotificationsRead).toBe(2);
    expect((await t.gql(asker, UNREAD)).data.unreadNotificationCount).toBe(0);
    expect(codeOf(await t.gql(asker, MARK, { ids: ['nope'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(null, UNREAD))).toBe('UNAUTHENTICATED');
  });

  it('follows askers and answerers automatically; an unfollow sticks', async () => {
    const asker = await member(t);
    const answerer = await member(t);
    const q = await thread(t, asker);
    await answer(t, answerer, q.id);
    await t.drainOutbox();
    const FOLLOWING = `query($id: ID!) { thread(id: $id) { following } }`;
    expect((await t.gql(answerer, FOLLOWING, { id: q.id })).data.thread.following).toBe(true);
    expect((await t.gql(null, FOLLOWING, { id: q.id })).data.thread.following).toBeNull();

    expect((await inboxOf(t, asker, 'NEW_ANSWER')).map((n) => n.count)).toEqual([1]);
    expect((await t.gql(asker, UNFOLLOW, { id: q.id })).data.unfollowThread.following).toBe(false);
    await answer(t, answerer, q.id, 'A second answer from the same member, with more detail.');
    await answer(t, await member(t), q.id);
    await t.drainOutbox();
    expect((await inboxOf(t, asker, 'NEW_ANSWER')).map((n) => n.count)).toEqual([1]);
    // The answerer follows and hears of the third answer; their own second answer does not re-follow or notify them.
    expect((await inboxOf(t, answerer, 'FOLLOWED_THREAD_ANSWER')).map((n) => n.count)).toEqual([1]);
    expect(codeOf(await t.gql(asker, FOLLOW, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });
});
