import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { answer, thread } from '../factories/forum.factory.js';
import { inbox, inboxOf, untilSubscribed } from '../factories/notifications.factory.js';
import { settle } from '../factories/webcare.factory.js';
import { capture, OUTPUT_DIR, PHONE, recordOperations } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const UNREAD = `query { unreadNotificationCount }`;
const EDIT_ANSWER = `mutation($input: EditAnswerInput!) { editAnswer(input: $input) { id } }`;
const PREFERENCES = `query { notificationPreferences { kind enabled } }`;
const FOLLOWING = `query($id: ID!) { thread(id: $id) { id following } }`;

// Set on the window once: still there later means the page was never reloaded.
const markPage = (page: Page) => page.evaluate(() => ((globalThis as unknown as { __sameDocument: boolean }).__sameDocument = true));
const sameDocument = (page: Page) => page.evaluate(() => (globalThis as unknown as { __sameDocument?: boolean }).__sameDocument === true);

describe('notifications and live updates in the browser', () => {
  const app = useBrowserApp();
  const signedIn = (m: TestMember): Promise<Page> => app.signedIn(m);
  const unreadOf = async (m: TestMember): Promise<number> => (await app.t.gql(m, UNREAD)).data.unreadNotificationCount;

  it('an answer by another member appears live on the asker’s page and in the bell; opening it marks it read; mark all read; a kind switched off is not sent', async () => {
    const asker = await member(app.t, { name: `asker_${Date.now() % 100000}` });
    const helper = await member(app.t, { name: `helper_${Date.now() % 100000}`, reputation: 60 });
    const th = await thread(app.t, asker, { title: 'Why does my smart meter show two readings a day?' });

    const a = await signedIn(asker);
    await a.goto(`${app.base}/t/${th.slug}`);
    await a.getByRole('heading', { level: 1, name: 'Why does my smart meter show two readings a day?' }).waitFor();
    await a.getByRole('heading', { name: '0 answers' }).waitFor();
    await a.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    // Both subscriptions are open on the server before anything happens.
    await untilSubscribed(app.t, `thread:${th.id}`);
    await untilSubscribed(app.t, `user:${asker.id}`);
    await markPage(a);

    // The helper answers in their own browser.
    const h = await signedIn(helper);
    await h.goto(`${app.base}/t/${th.slug}`);
    await h.getByRole('textbox', { name: 'Answer' }).fill('The meter sends a day and a night reading: your contract has two tariffs.');
    await h.getByRole('button', { name: 'Post your answer' }).click();
    await h.getByRole('heading', { name: '1 answer' }).waitFor();

    // The asker's page grows by one answer, announced politely, with no reload; the bell counts it.
    const live = a.getByRole('listitem', { name: `Answer by ${helper.displayName}` });
    await live.getByText('The meter sends a day and a night reading').waitFor();
    await a.getByRole('heading', { name: '1 answer' }).waitFor();
    await a.getByRole('status').filter({ hasText: '1 new answer' }).waitFor();
    await live.getByText('New', { exact: true }).waitFor();
    await a.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    expect(await sameDocument(a)).toBe(true);
    expect(await unreadOf(asker)).toBe(1);

    // The menu lists it in words; opening it goes to the answer and marks it read.
    await a.getByRole('button', { name: 'Notifications, 1 unread' }).click();
    const menu = a.getByRole('region', { name: 'Notifications' });
    const summary = `${helper.displayName} answered "Why does my smart meter show two readings a day?"`;
    const item = menu.getByRole('link', { name: `Unread: ${summary}` });
    await item.waitFor();
    expect(await capture(a, 'notifications-menu')).toEqual([]);
    // Escape closes it and gives the keyboard back to the bell.
    await a.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await a.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } } }).document.activeElement.getAttribute('aria-label'))).toBe(
      'Notifications, 1 unread',
    );
    await a.keyboard.press('Enter');
    await item.click();
    await a.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    expect(a.url()).toMatch(/#answer-[0-9a-f-]{36}$/);
    expect(await unreadOf(asker)).toBe(0);
    const [newAnswer] = await inboxOf(app.t, asker, 'NEW_ANSWER');
    expect(newAnswer).toMatchObject({ read: true, count: 1, threadId: th.id, summary });

    // Two more: a second answer (a new group: the first was read) and a comment on the question.
    app.t.clock.advance(60);
    await answer(app.t, await member(app.t), th.id, 'Check the display: T1 is the night tariff and T2 the day tariff.');
    // Each one is written at the (test) clock's time when the worker takes it: one at a time keeps the order.
    await a.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    app.t.clock.advance(60);
    expect((await app.t.gql(helper, COMMENT, { input: { threadId: th.id, body: 'Which meter model do you have?' } })).errors).toBeUndefined();
    await a.getByRole('button', { name: 'Notifications, 2 unread' }).waitFor();
    await a.getByRole('heading', { name: '2 answers' }).waitFor();
    await a.getByRole('status').filter({ hasText: '2 new answers' }).waitFor();
    // Comments and edits by others show up in place too.
    await a.getByRole('region', { name: 'Question' }).getByText('Which meter model do you have?').waitFor();
    const edit = await app.t.gql(helper, EDIT_ANSWER, { input: { answerId: newAnswer.answerId, body: 'The meter sends a day and a night reading (T1 and T2): your contract has two tariffs.', reason: 'name the registers' } });
    expect(edit.errors).toBeUndefined();
    await live.getByText('The meter sends a day and a night reading (T1 and T2)').waitFor();
    expect(await sameDocument(a)).toBe(true);
    await a.getByRole('button', { name: 'Notifications, 2 unread' }).click();
    await menu.getByRole('link', { name: `Unread: ${helper.displayName} commented on your post in "Why does my smart meter show two readings a day?"` }).waitFor();
    await menu.getByRole('button', { name: 'Mark all read' }).click();
    await a.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    await expect(menu.locator('.notification-unread').count()).resolves.toBe(0);
    expect(await unreadOf(asker)).toBe(0);
    expect((await inbox(app.t, asker)).map((n) => [n.kind, n.read])).toEqual([
      ['COMMENT_ON_POST', true],
      ['NEW_ANSWER', true],
      ['NEW_ANSWER', true],
    ]);

    // The full page: every notification, the unread filter, and the settings in words.
    await menu.getByRole('link', { name: 'All notifications and settings' }).click();
    await a.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await a.getByText('3 notifications').waitFor();
    await a.getByRole('link', { name: 'Unread' }).click();
    await a.getByText('Nothing unread.').waitFor();
    expect(a.url()).toMatch(/\/notifications\?unread=1$/);
    await a.getByRole('link', { name: 'All', exact: true }).click();
    await a.getByRole('button', { name: `Mark unread: ${summary}` }).click();
    await a.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    await a.getByRole('link', { name: 'Unread (1)' }).click();
    await a.getByText('1 notification unread').waitFor();
    await a.getByRole('list', { name: 'Unread notifications' }).getByRole('link', { name: `Unread: ${summary}` }).waitFor();

    const setting = a.getByRole('checkbox', { name: 'Answers to my questions' });
    expect(await setting.isChecked()).toBe(true);
    expect(await capture(a, 'notifications-page')).toEqual([]);
    await setting.uncheck();
    await a.getByText('Saved. Answers to my questions: off.').waitFor();
    const prefs = (await app.t.gql(asker, PREFERENCES)).data.notificationPreferences as Array<{ kind: string; enabled: boolean }>;
    expect(prefs.filter((p) => !p.enabled).map((p) => p.kind)).toEqual(['NEW_ANSWER']);

    // The next answer reaches the page live but makes no notification.
    await answer(app.t, await member(app.t), th.id, 'Your supplier app shows both registers under usage details.');
    await settle(app.t);
    await a.goto(`${app.base}/t/${th.slug}`);
    await a.getByRole('heading', { name: '3 answers' }).waitFor();
    expect((await inbox(app.t, asker)).map((n) => n.kind)).toEqual(['COMMENT_ON_POST', 'NEW_ANSWER', 'NEW_ANSWER']);
    expect(await unreadOf(asker)).toBe(1);
    await a.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
  }, 150_000);

  it('a member follows and stops following a thread from its page', async () => {
    const asker = await member(app.t);
    const reader = await member(app.t, { name: `reader_${Date.now() % 100000}` });
    const th = await thread(app.t, asker, { title: 'Can I move my contract to my new address?' });
    const following = async () => (await app.t.gql(reader, FOLLOWING, { id: th.id })).data.thread.following;

    const r = await signedIn(reader);
    await r.goto(`${app.base}/t/${th.slug}`);
    const follow = r.getByTestId('follow');
    await follow.getByText('You do not follow this thread.').waitFor();
    expect(await following()).toBe(false);

    await follow.getByRole('button', { name: 'Follow this thread' }).click();
    await follow.getByText('You follow this thread: new answers reach your notifications.').waitFor();
    expect(await following()).toBe(true);

    // A follower hears of answers (FOLLOWED_THREAD_ANSWER).
    await untilSubscribed(app.t, `user:${reader.id}`);
    await answer(app.t, await member(app.t), th.id, 'Yes: moving is free, give your new address two weeks before.');
    await r.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    expect((await inbox(app.t, reader)).map((n) => n.kind)).toEqual(['FOLLOWED_THREAD_ANSWER']);

    await r.reload();
    await follow.getByRole('button', { name: 'Stop following' }).click();
    await follow.getByText('You do not follow this thread.').waitFor();
    expect(await following()).toBe(false);
  }, 90_000);

  it('the notifications page shows 20 at a time and pages on with a cursor', async () => {
    const asker = await member(app.t, { name: `busy_${Date.now() % 100000}` });
    const expert = await member(app.t, { reputation: 500 });
    const th = await thread(app.t, asker, { title: 'Which tariff suits a heat pump best?' });
    // A read group takes no more items: each answer after "mark all read" starts a new notification.
    for (let i = 0; i < 21; i++) {
      await answer(app.t, expert, th.id, `Answer number ${i + 1}: compare the night rate with your heat pump's running hours.`);
      await settle(app.t);
      expect((await app.t.gql(asker, `mutation { markAllNotificationsRead }`)).data.markAllNotificationsRead).toBe(1);
    }
    const a = await signedIn(asker);
    await a.goto(`${app.base}/notifications`);
    await a.getByText('21 notifications').waitFor();
    const list = a.getByRole('list', { name: 'All notifications' });
    await expect(list.getByRole('listitem').count()).resolves.toBe(20);
    await a.getByRole('button', { name: 'Show older notifications' }).click();
    await expect(list.getByRole('listitem').nth(20).waitFor()).resolves.toBeUndefined();
    await expect(list.getByRole('listitem').count()).resolves.toBe(21);
    await a.getByRole('button', { name: 'Show older notifications' }).waitFor({ state: 'detached' });
  }, 90_000);

  it('on a phone the bell and a menu button share the first row; the menu discloses the account and staff links', async () => {
    const admin = await member(app.t, { role: 'ADMIN', name: `admin_${Date.now() % 100000}` });
    const p = await signedIn(admin);
    await p.setViewportSize(PHONE);
    await p.goto(`${app.base}/threads`);
    await p.getByRole('heading', { level: 1, name: 'All threads' }).waitFor();
    const banner = p.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'Webcare' }).isVisible()).resolves.toBe(false);
    // Two rows (brand with bell and menu; the main links): the old header took five.
    const height = (await banner.boundingBox())!.height;
    expect(height).toBeLessThan(110);

    const menuButton = banner.getByRole('button', { name: 'Menu' });
    await menuButton.click();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    for (const name of ['Webcare', 'Review', 'Moderation log', 'Admin']) await banner.getByRole('link', { name, exact: true }).waitFor();
    await banner.getByRole('button', { name: 'Sign out' }).waitFor();
    await p.screenshot({ path: join(OUTPUT_DIR, 'header-phone-menu.png') });
    await p.keyboard.press('Escape');
    await banner.getByRole('link', { name: 'Webcare' }).waitFor({ state: 'hidden' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');

    // The bell's menu fits the phone's width.
    await banner.getByRole('button', { name: 'Notifications', exact: true }).click();
    const panel = p.getByRole('region', { name: 'Notifications' });
    await panel.getByText('Nothing yet.', { exact: false }).waitFor();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await p.screenshot({ path: join(OUTPUT_DIR, 'notifications-menu-empty.phone.png') });
  }, 60_000);

  // Last in this file: it moves the server's clock past every access token issued so far.
  it('when the server refuses the expired token (4403), the page reconnects with a refreshed one and fetches what it missed', async () => {
    const asker = await member(app.t, { name: `sleeper_${Date.now() % 100000}` });
    const th = await thread(app.t, asker, { title: 'Does the standing charge change when I switch supplier?' });
    const a = await signedIn(asker);
    const operations = recordOperations(a);
    await a.goto(`${app.base}/t/${th.slug}`);
    await a.getByRole('heading', { name: '0 answers' }).waitFor();
    await untilSubscribed(app.t, `thread:${th.id}`);
    await untilSubscribed(app.t, `user:${asker.id}`);
    await markPage(a);

    // 16 minutes on, the 15-minute token is dead: the next message closes the connection instead.
    app.t.clock.advance(16 * 60);
    const late = await member(app.t);
    await answer(app.t, late, th.id, 'The standing charge is set by each supplier, so it changes with the switch.');
    await a.getByRole('listitem', { name: `Answer by ${late.displayName}` }).waitFor();
    await a.getByRole('heading', { name: '1 answer' }).waitFor();
    await a.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    expect(await sameDocument(a)).toBe(true);
    expect(operations.filter((name) => name === 'RefreshSession')).toHaveLength(1);
    // Connected again, with the new token: the next answer arrives as a message, and joins the
    // unread group in the open menu (still one unread notification, now for two answers).
    await untilSubscribed(app.t, `thread:${th.id}`);
    await a.getByRole('button', { name: 'Notifications, 1 unread' }).click();
    const menu = a.getByRole('region', { name: 'Notifications' });
    await menu.getByRole('link', { name: `Unread: ${late.displayName} answered "Does the standing charge change when I switch supplier?"` }).waitFor();
    await answer(app.t, await member(app.t), th.id, 'Switching keeps your meter, only the tariff and standing charge change.');
    await a.getByRole('heading', { name: '2 answers' }).waitFor();
    await menu.getByRole('link', { name: 'Unread: 2 new answers on "Does the standing charge change when I switch supplier?"' }).waitFor();
    await expect(menu.getByRole('listitem').count()).resolves.toBe(1);
    await a.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    expect(operations.filter((name) => name === 'RefreshSession')).toHaveLength(1);
  }, 90_000);
});
