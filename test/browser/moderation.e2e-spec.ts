import type { Page } from 'playwright-core';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { answer, category, certify, thread } from '../factories/forum.factory.js';
import { capture } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

describe('moderation and admin in the browser', () => {
  const app = useBrowserApp();
  const signedIn = (m: TestMember): Promise<Page> => app.signedIn(m);

  it('an expert closes a thread in their category and marks another as its duplicate; the asker sees why and by whom', async () => {
    const cat = await category(app.t, { name: `Smart meters ${Date.now() % 10000}` });
    const asker = await member(app.t, { reputation: 100 });
    const expert = await member(app.t, { name: `expert_${Date.now() % 100000}` });
    await certify(app.t, expert.id, cat.id);
    const original = await thread(app.t, asker, { categoryId: cat.id, title: 'Why does my smart meter show two readings?' });
    const closing = await thread(app.t, asker, { categoryId: cat.id, title: 'Can I sell my old meter on a market place?' });
    const copy = await thread(app.t, asker, { categoryId: cat.id, title: 'My smart meter shows two readings, which one counts?' });

    const e = await signedIn(expert);
    await e.goto(`${app.base}/t/${closing.slug}`);
    const panel = e.getByRole('region', { name: 'Moderation' });
    await panel.getByRole('button', { name: 'Close the thread' }).click();
    const closeForm = e.getByRole('form', { name: 'Close the thread' });
    // No reason: the server's message shows at the reason field.
    await closeForm.getByRole('button', { name: 'Close the thread' }).click();
    await closeForm.getByText('Give a reason (3 to 300 characters).').waitFor();
    await closeForm.getByLabel('Reason').fill('Meters belong to the grid operator; they cannot be sold');
    await closeForm.getByRole('button', { name: 'Close the thread' }).click();
    await e.getByTestId('closed-notice').waitFor();
    await panel.getByRole('button', { name: 'Reopen the thread' }).waitFor();
    await panel.getByRole('button', { name: 'Pin to the top' }).click();
    await panel.getByRole('button', { name: 'Unpin' }).waitFor();
    expect(await capture(e, 'thread-moderation-panel')).toEqual([]);

    // The duplicate is named by pasting the original's link; the picker shows which thread that is.
    await e.goto(`${app.base}/t/${copy.slug}`);
    await panel.getByRole('button', { name: 'Mark as duplicate' }).click();
    const dupForm = e.getByRole('form', { name: 'Mark as duplicate' });
    await dupForm.getByLabel('Original thread').fill(`${app.base}/t/${original.slug}`);
    await dupForm.getByText('Why does my smart meter show two readings?').waitFor();
    await dupForm.getByRole('button', { name: 'Mark as duplicate' }).click();
    await e.getByTestId('duplicate-notice').waitFor();

    const a = await signedIn(asker);
    await a.goto(`${app.base}/t/${closing.slug}`);
    const notice = a.getByTestId('closed-notice');
    await notice.getByText('Closed to new answers').waitFor();
    await notice.getByText('Reason: Meters belong to the grid operator; they cannot be sold').waitFor();
    await notice.getByRole('link', { name: expert.displayName }).waitFor();
    await a.getByText('This thread is closed to new answers.').waitFor();
    await expect(a.getByRole('region', { name: 'Moderation' }).count()).resolves.toBe(0);
    expect(await capture(a, 'thread-closed')).toEqual([]);

    // Pinned threads sit above the category's list.
    await a.goto(`${app.base}/threads?category=${cat.id}`);
    await a.getByRole('region', { name: 'Pinned' }).getByRole('link', { name: 'Can I sell my old meter on a market place?' }).waitFor();

    await a.goto(`${app.base}/t/${copy.slug}`);
    await a.getByTestId('duplicate-notice').getByRole('link', { name: 'Why does my smart meter show two readings?' }).click();
    await a.getByRole('heading', { level: 1, name: 'Why does my smart meter show two readings?' }).waitFor();
  }, 120_000);

  it('a member flags an answer and an expert agrees in the review queue, hiding it', async () => {
    const cat = await category(app.t, { name: `Solar ${Date.now() % 10000}` });
    const asker = await member(app.t);
    const rude = await member(app.t, { name: `rude_${Date.now() % 100000}` });
    // Flagging takes 15 reputation.
    const flagger = await member(app.t, { reputation: 20 });
    const expert = await member(app.t);
    await certify(app.t, expert.id, cat.id);
    const th = await thread(app.t, asker, { categoryId: cat.id, title: 'Which inverter works with 12 panels on a flat roof?' });
    await answer(app.t, rude, th.id, 'Only an idiot would put panels on a flat roof, look it up yourself.');

    const f = await signedIn(flagger);
    await f.goto(`${app.base}/t/${th.slug}`);
    await f.getByRole('button', { name: `Flag the answer by ${rude.displayName}` }).click();
    const dialog = f.getByRole('dialog', { name: `Flag the answer by ${rude.displayName}` });
    await dialog.getByRole('button', { name: 'Send flag' }).click();
    await dialog.getByText('Choose why you flag this.').waitFor();
    await dialog.getByLabel('Rude or offensive').check();
    await dialog.getByLabel('Comment for the moderators (optional)').fill('Calls the asker an idiot.');
    expect(await capture(f, 'flag-dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Send flag' }).click();
    await f.getByText('Flagged, thank you').waitFor();

    const e = await signedIn(expert);
    await e.getByRole('banner').getByRole('link', { name: 'Review' }).click();
    await e.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    const item = e.getByRole('listitem', { name: `Answer by ${rude.displayName}` });
    await item.getByText('Only an idiot would put panels on a flat roof').waitFor();
    await item.getByText('“Calls the asker an idiot.”').waitFor();
    await item.getByRole('link', { name: flagger.displayName }).waitFor();
    expect(await capture(e, 'review-queue')).toEqual([]);
    await item.getByRole('button', { name: 'Agree and hide' }).click();
    await e.getByRole('status').getByText(`Answer by ${rude.displayName}: Agreed; the post is hidden.`).waitFor();
    await e.getByText('Nothing to review. Thank you!').waitFor();
    await e.getByRole('link', { name: 'Agreed' }).click();
    await e.getByRole('listitem', { name: `Answer by ${rude.displayName}` }).getByText(/agree hide/).waitFor();

    // Members now see a placeholder; the flagger's upheld flag counts on their profile.
    await f.reload();
    await f.getByRole('listitem', { name: `Answer by ${rude.displayName}` }).getByText('This post is hidden while moderators review it.').waitFor();
    await expect(f.getByText('Only an idiot would put panels').count()).resolves.toBe(0);
    // The expert still sees the text, marked as hidden.
    await e.goto(`${app.base}/t/${th.slug}`);
    await e.getByRole('listitem', { name: `Answer by ${rude.displayName}` }).getByText('Hidden from members').waitFor();
    await f.getByTestId('viewer').click();
    await f.getByRole('definition').filter({ hasText: /^1$/ }).first().waitFor();
  }, 120_000);

  it('staff suspend a member from the profile and find it in the audit log; admins manage categories and reputation rules', async () => {
    const staff = await member(app.t, { role: 'STAFF' });
    const troll = await member(app.t, { name: `troll_${Date.now() % 100000}` });
    const s = await signedIn(staff);
    await s.goto(`${app.base}/members/${troll.id}`);
    const suspension = s.getByRole('region', { name: 'Suspension' });
    await suspension.getByLabel('Suspend for').selectOption({ label: '1 week' });
    await suspension.getByLabel('Reason').fill('Repeated insults after two warnings');
    await suspension.getByRole('button', { name: 'Suspend' }).click();
    await suspension.getByTestId('suspension').getByText('Repeated insults after two warnings', { exact: false }).waitFor();
    expect(await capture(s, 'profile-suspended')).toEqual([]);

    await s.getByRole('banner').getByRole('link', { name: 'Log' }).click();
    await s.getByRole('heading', { level: 1, name: 'Moderation log' }).waitFor();
    await s.getByLabel('Action').selectOption({ label: 'suspended a member' });
    await s.getByRole('button', { name: 'Apply filters' }).click();
    await s.getByText('1 entry', { exact: true }).waitFor();
    const row = s.getByRole('row').filter({ hasText: 'Repeated insults after two warnings' });
    await row.getByRole('link', { name: staff.displayName }).waitFor();
    await expect(s.getByRole('row').filter({ hasNotText: 'suspended a member' }).count()).resolves.toBe(1); // the header row
    expect(await capture(s, 'moderation-log')).toEqual([]);

    const admin = await member(app.t, { role: 'ADMIN' });
    const ad = await signedIn(admin);
    await ad.getByRole('banner').getByRole('link', { name: 'Admin' }).click();
    await ad.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();
    const name = `Heat pumps ${Date.now() % 10000}`;
    const form = ad.getByRole('form', { name: 'New category' });
    await form.getByLabel('Name').fill(name);
    await expect(form.getByLabel('Address').inputValue()).resolves.toMatch(/^heat-pumps-\d+$/);
    await form.getByLabel('Description').fill('Installing and running a heat pump');
    await form.getByRole('button', { name: 'Create category' }).click();
    const list = ad.getByRole('region', { name: 'Categories' });
    await list.getByRole('link', { name }).waitFor();
    // The new one is last; moving it up puts it before the one above it.
    const titles = () => list.locator('.admin-row-title a').allTextContents();
    const before = await titles();
    expect(before.at(-1)).toBe(name);
    await list.getByRole("button", { name: `move ${name} up` }).click();
    await ad.getByRole('status').getByText(`${name} moved up.`).waitFor();
    await expect(titles()).resolves.toEqual([...before.slice(0, -2), name, before.at(-2)]);
    await list.getByRole('button', { name: `Archive ${name}` }).click();
    await list.getByRole('listitem').filter({ hasText: name }).getByText('Archived').waitFor();
    expect(await capture(ad, 'admin-categories')).toEqual([]);

    await ad.getByRole('link', { name: 'Reputation rules' }).click();
    const flag = ad.getByLabel('Flag', { exact: true });
    await flag.fill('');
    await ad.getByRole('button', { name: 'Save rules' }).click();
    await ad.getByText('Enter a whole number.').waitFor();
    await flag.fill('10');
    await ad.getByRole('button', { name: 'Save rules' }).click();
    await ad.getByText('The rules are saved.').waitFor();
    const rules = await app.t.gql(null, `{ reputationRules { privileges { flag } } }`);
    expect(rules.data.reputationRules.privileges.flag).toBe(10);
    expect(await capture(ad, 'admin-reputation')).toEqual([]);
  }, 120_000);
});
