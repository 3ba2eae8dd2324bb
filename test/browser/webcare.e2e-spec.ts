import type { Page } from 'playwright-core';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { category, thread } from '../factories/forum.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { capture, openBrowser, type OpenBrowser } from './support/browser.js';

describe('webcare in the browser', () => {
  let t: TestApp;
  let base: string;
  const browsers: OpenBrowser[] = [];

  beforeAll(async () => {
    t = await createTestApp({ SERVE_CLIENT: 'true' });
    base = await t.listen();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await t?.close();
  });

  afterEach(() => {
    for (const b of browsers) expect(b.pageErrors).toEqual([]);
  });

  async function signedIn(m: TestMember): Promise<Page> {
    const b = await openBrowser();
    browsers.push(b);
    const page = b.page;
    await page.goto(`${base}/signin`);
    await page.getByLabel('Email').fill(m.email);
    await page.getByLabel('Password').fill(m.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('viewer').filter({ hasText: m.displayName }).waitFor();
    return page;
  }

  it('a member asks to continue in private; staff claim it, note, reply in private and resolve; the member rates the help', async () => {
    const cat = await category(t, { name: 'Invoices' });
    const asker = await member(t, { name: `asker_${Date.now() % 100000}` });
    const staff = await member(t, { role: 'STAFF', name: `agent_${Date.now() % 100000}` });
    const th = await thread(t, asker, { categoryId: cat.id, title: 'My invoice shows a meter that is not mine' });

    // The asker escalates their own thread into a private conversation.
    const a = await signedIn(asker);
    await a.goto(`${base}/t/${th.slug}`);
    await a.getByRole('region', { name: 'Need the company’s help?' }).getByRole('button', { name: 'Continue in private' }).click();
    const dialog = a.getByRole('dialog', { name: 'Continue in private' });
    await dialog.getByLabel('What do you need?').fill('The meter number on my invoice belongs to my neighbour');
    await dialog.getByRole('button', { name: 'Continue in private' }).click();
    await a.getByTestId('help-case').getByText('Your request is in the webcare queue').waitFor();

    // Staff see it in the unassigned queue with a priority in words and a live countdown.
    const s = await signedIn(staff);
    await s.getByRole('banner').getByRole('link', { name: 'Webcare' }).click();
    await s.getByRole('heading', { level: 1, name: 'Webcare queue' }).waitFor();
    const row = s.getByRole('listitem').filter({ hasText: 'My invoice shows a meter that is not mine' });
    await row.getByText('P2 Member asked').waitFor();
    const countdown = row.getByText(/^First response: .* left$/);
    const before = await countdown.textContent();
    await s.waitForTimeout(2100);
    expect(await countdown.textContent()).not.toBe(before);
    expect(await capture(s, 'webcare-queue')).toEqual([]);

    await s.getByRole('button', { name: 'Claim next case' }).click();
    await s.getByRole('heading', { level: 1, name: 'My invoice shows a meter that is not mine' }).waitFor();
    await s.getByTestId('case-status').getByText('Open').waitFor();
    await s.getByText('Member asked for privacy').first().waitFor();

    await s.getByLabel('Add an internal note').fill('Checked the connection register: meter 12345 is the neighbour’s.');
    await s.getByRole('button', { name: 'Add internal note' }).click();
    await s.getByRole('region', { name: 'Internal notes Staff only, never shown to the member' }).getByText('Checked the connection register').waitFor();

    await s.getByRole('radio', { name: 'In private (only the member sees it)' }).check();
    await s.getByLabel('Message').fill('We swapped the meter on your contract; a corrected invoice follows this week.');
    await s.getByRole('button', { name: 'Send in private' }).click();
    await s.getByRole('region', { name: 'Private conversation' }).getByText('We swapped the meter on your contract').waitFor();
    expect(await capture(s, 'webcare-case')).toEqual([]);

    await s.getByRole('button', { name: 'Resolve…' }).click();
    await s.getByLabel('Resolution note').fill('Meter corrected on the contract; new invoice sent.');
    await s.getByRole('form', { name: 'Resolve the case' }).getByRole('button', { name: 'Resolve the case' }).click();
    await s.getByTestId('case-status').getByText('Resolved').waitFor();

    // The asker sees the private reply (never the internal note) and rates the help.
    await a.reload();
    const help = a.getByTestId('help-case');
    await help.getByText('We swapped the meter on your contract').waitFor();
    await expect(a.getByText('Checked the connection register').count()).resolves.toBe(0);
    await help.getByRole('button', { name: 'Send rating' }).click();
    await help.getByText('Choose 1 to 5.').waitFor();
    await help.getByRole('radio', { name: '4 of 5' }).check();
    await help.getByLabel('Comment (optional)').fill('Quick and friendly');
    expect(await capture(a, 'thread-help-rate')).toEqual([]);
    await help.getByRole('button', { name: 'Send rating' }).click();
    await a.getByTestId('your-rating').getByText('You rated the help 4 of 5: “Quick and friendly”').waitFor();

    await s.reload();
    await s.getByText('The member rated the help 4 of 5: “Quick and friendly”').waitFor();
  }, 120_000);
});
