import type { Page } from 'playwright-core';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { answer, category, certify, thread } from '../factories/forum.factory.js';
import { accept } from '../factories/knowledge.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { capture, openBrowser, type OpenBrowser } from './support/browser.js';

describe('knowledge search and articles in the browser', () => {
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

  async function visitor(): Promise<Page> {
    const b = await openBrowser();
    browsers.push(b);
    return b.page;
  }

  async function signedIn(m: TestMember): Promise<Page> {
    const page = await visitor();
    await page.goto(`${base}/signin`);
    await page.getByLabel('Email').fill(m.email);
    await page.getByLabel('Password').fill(m.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('viewer').filter({ hasText: m.displayName }).waitFor();
    return page;
  }

  /** A thread with an accepted answer, indexed. */
  async function solvedThread(categoryId: string, title: string, body: string, reply: string) {
    const asker = await member(t, { reputation: 100 });
    const th = await thread(t, asker, { categoryId, title, body, tags: ['direct-debit'] });
    const a = await answer(t, await member(t), th.id, reply);
    await accept(t, asker, a.id);
    return th;
  }

  it('finds a solved thread despite a typo, as you type, with facets and highlighted words', async () => {
    const billing = await category(t, { name: 'Billing and payments' });
    const other = await category(t, { name: 'Moving house' });
    const solved = await solvedThread(billing.id, 'How do I change the date of my direct debit payment?', 'My salary arrives on the 25th but the debit is taken on the 20th.', 'Go to My account, Payments, and pick another collection day between the 1st and the 28th.');
    await thread(t, await member(t, { reputation: 100 }), { categoryId: other.id, title: 'Does my direct debit move with me to a new address?', tags: ['direct-debit'] });
    await t.drainOutbox();

    const page = await visitor();
    await page.goto(`${base}/`);
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    // "paymnet" is a typo; the search still finds the solved thread, with the matched words marked.
    await page.getByRole('searchbox').pressSequentially('direct debit paymnet', { delay: 30 });
    // A prefix of the query may already find it: wait until the whole query is the one searched.
    await page.waitForURL(/q=direct\+debit\+paymnet/);
    const hit = page.getByRole('link', { name: 'How do I change the date of my direct debit payment?' });
    await hit.waitFor();
    await hit.locator('mark').first().waitFor();

    // Narrow to solved threads: the other thread drops out, the solved one stays.
    await page.getByRole('button', { name: /^Solved \d+$/ }).click();
    await page.getByRole('button', { name: /^Solved \d+$/, pressed: true }).waitFor();
    await page.getByRole('status').getByText(/^1 result for/).waitFor();
    await expect(page.getByRole('link', { name: 'Does my direct debit move with me to a new address?' }).count()).resolves.toBe(0);
    expect(await capture(page, 'search')).toEqual([]);

    await hit.click();
    await page.getByRole('heading', { level: 1, name: 'How do I change the date of my direct debit payment?' }).waitFor();
    expect(page.url()).toContain(`/t/${solved.slug}`);
  }, 120_000);

  it('offers similar questions while the title is typed, and records what was shown and opened', async () => {
    const cat = await category(t, { name: 'Energy contracts' });
    const solved = await solvedThread(cat.id, 'Why was my fixed tariff not renewed automatically?', 'My fixed contract ended and now I pay the variable rate.', 'Fixed tariffs never renew by themselves; choose a new one in the app before the end date.');
    await t.drainOutbox();

    const m = await member(t);
    const page = await signedIn(m);
    await page.goto(`${base}/ask`);
    await page.getByLabel('Title').pressSequentially('fixed tariff not renewed', { delay: 20 });
    const offered = page.getByRole('region', { name: 'These may already answer your question' });
    await offered.getByRole('link', { name: 'Why was my fixed tariff not renewed automatically?' }).waitFor();
    expect(await capture(page, 'ask-similar')).toEqual([]);
    await offered.getByRole('link', { name: 'Why was my fixed tariff not renewed automatically?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Why was my fixed tariff not renewed automatically?' }).waitFor();

    // Events are best effort (not awaited by the page): wait for both to land.
    let events: Array<{ event: string; opened_id: string | null }> = [];
    for (let i = 0; i < 50 && events.length < 2; i++) {
      events = await t.db.query(`SELECT event, opened_id FROM suggestion_events WHERE user_id = $1 ORDER BY created_at, event DESC`, [m.id]);
      if (events.length < 2) await new Promise((r) => setTimeout(r, 100));
    }
    expect(events.map((e) => e.event).sort()).toEqual(['OPENED', 'SHOWN']);
    expect(events.find((e) => e.event === 'OPENED')?.opened_id).toBe(solved.id);
  }, 120_000);

  it('an expert promotes a solved thread to a knowledge article and edits it; readers find it', async () => {
    const cat = await category(t, { name: 'Smart thermostats' });
    const expert = await member(t);
    await certify(t, expert.id, cat.id);
    const solved = await solvedThread(cat.id, 'How do I pair my thermostat with the new boiler?', 'The thermostat says no boiler found after the boiler was replaced.', 'Hold the pairing button for ten seconds, then choose OpenTherm in the installer menu.');

    const e = await signedIn(expert);
    await e.goto(`${base}/t/${solved.slug}`);
    await e.getByRole('region', { name: 'Moderation' }).getByRole('button', { name: 'Promote to knowledge article' }).click();
    const form = e.getByRole('form', { name: 'Promote to knowledge article' });
    await form.getByLabel('Article title').fill('Pairing a thermostat with a new boiler');
    await form.getByRole('button', { name: 'Promote to knowledge article' }).click();
    await e.getByRole('heading', { level: 1, name: 'Pairing a thermostat with a new boiler' }).waitFor();
    await e.getByText('Hold the pairing button for ten seconds').waitFor();

    await e.getByRole('button', { name: 'Edit the article' }).click();
    const edit = e.getByRole('form', { name: 'Edit the article' });
    await edit.getByLabel('Title').fill('Pairing a smart thermostat with a new boiler');
    await edit.getByLabel('Reason for the edit').fill('Say which thermostat');
    await edit.getByRole('button', { name: 'Save a new version' }).click();
    await e.getByRole('heading', { level: 1, name: 'Pairing a smart thermostat with a new boiler' }).waitFor();
    await e.getByText('Version 2', { exact: false }).first().waitFor();
    expect(await capture(e, 'article')).toEqual([]);

    await t.drainOutbox();
    const v = await visitor();
    await v.goto(`${base}/t/${solved.slug}`);
    await v.getByTestId('article-link').getByRole('link', { name: 'Pairing a smart thermostat with a new boiler' }).waitFor();
    await v.goto(`${base}/articles`);
    await v.getByRole('link', { name: 'Pairing a smart thermostat with a new boiler' }).waitFor();
    expect(await capture(v, 'articles')).toEqual([]);
    await v.goto(`${base}/search?q=thermostat+boiler&kind=ARTICLE`);
    await v.getByRole('link', { name: 'Pairing a smart thermostat with a new boiler' }).click();
    await v.getByRole('heading', { level: 1, name: 'Pairing a smart thermostat with a new boiler' }).waitFor();
  }, 120_000);
});
