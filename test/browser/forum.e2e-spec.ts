import type { Page } from 'playwright-core';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { answer, category, thread } from '../factories/forum.factory.js';
import { capture } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

describe('the forum in the browser', () => {
  const app = useBrowserApp();
  const signedIn = (m: TestMember): Promise<Page> => app.signedIn(m);

  it('a member asks, another answers, the asker accepts, and the answerer’s reputation rises on their profile', async () => {
    const billing = await category(app.t, { name: 'Billing and payments' });
    // Creating a tag takes 300 reputation; a new member picks existing ones, made here as staff would.
    await app.t.db.query(`INSERT INTO tags (name, created_at) VALUES ('invoice', now()) ON CONFLICT (name) DO NOTHING`);
    const asker = await member(app.t, { name: `asker_${Date.now() % 100000}` });
    const helper = await member(app.t, { name: `helper_${Date.now() % 100000}` });

    // The asker writes the question, previews it as the server renders it, and posts it.
    const a = await signedIn(asker);
    await a.getByRole('banner').getByRole('link', { name: 'Ask a question' }).click();
    await a.getByRole('heading', { level: 1, name: 'Ask a question' }).waitFor();
    await a.getByLabel('Category').selectOption({ label: 'Billing and payments' });
    await a.getByLabel('Title').fill('Why did my monthly invoice go up by 40 euro?');
    await a.getByRole('textbox', { name: 'Details' }).fill('My invoice went from **80** to 120 euro, and my usage did not change at all.');
    await a.getByRole('tab', { name: 'Preview' }).click();
    await a.locator('.preview strong').filter({ hasText: '80' }).waitFor();
    await a.getByLabel('Tags').fill('invoice');
    await a.getByLabel('Tags').press('Enter');
    await a.getByRole('list', { name: 'Chosen tags' }).getByText('invoice').waitFor();
    expect(await capture(a, 'ask')).toEqual([]);
    await a.getByRole('button', { name: 'Post your question' }).click();
    await a.getByRole('heading', { level: 1, name: 'Why did my monthly invoice go up by 40 euro?' }).waitFor();
    await a.getByText('No answers yet. Do you know the answer?').waitFor();
    const threadUrl = a.url();
    expect(threadUrl).toMatch(/\/t\/[a-z0-9-]+$/);

    // Another member answers. Voting needs 15 reputation: the refusal is shown at the vote buttons.
    const h = await signedIn(helper);
    await h.goto(threadUrl);
    await h.getByRole('button', { name: 'Vote up the question' }).click();
    await h.getByRole('group', { name: 'Votes on the question' }).getByRole('alert').waitFor();
    await h.getByRole('textbox', { name: 'Answer' }).fill('Your fixed tariff ended last month; you now pay the variable rate. Ask for a new fixed contract.');
    await h.getByRole('button', { name: 'Post your answer' }).click();
    await h.getByRole('heading', { name: '1 answer' }).waitFor();
    await h.getByRole('listitem', { name: `Answer by ${helper.displayName}` }).waitFor();

    // The asker sees it, accepts it, and earns the acceptor's 2 points (reputation is the ledger
    // sum, at least 1: a new member's 1 becomes 2), shown in the header.
    await a.reload();
    const theAnswer = a.getByRole('listitem', { name: `Answer by ${helper.displayName}` });
    await theAnswer.getByRole('button', { name: `Accept this answer by ${helper.displayName}` }).click();
    await theAnswer.getByText('Accepted answer').waitFor();
    await a.locator('.thread-header').getByText('Solved').waitFor();
    await a.getByTestId('viewer').getByLabel('2 reputation').waitFor();
    expect(await capture(a, 'thread-solved')).toEqual([]);

    // The answerer's profile goes from 1 to 15 (the ledger sum) and shows the entry behind it.
    await theAnswer.getByRole('link', { name: helper.displayName }).first().click();
    await a.getByRole('heading', { level: 1, name: helper.displayName }).waitFor();
    await expect(a.getByTestId('profile-reputation').textContent()).resolves.toBe('15');
    const history = a.getByTestId('reputation-history');
    await expect(history.locator('li').first().textContent()).resolves.toMatch(/\+15\s*Answer accepted/);
    expect(await capture(a, 'profile-answerer')).toEqual([]);

    // The solved thread is listed under Solved on the home page and in the filtered list.
    await a.getByRole('banner').getByRole('link', { name: 'Home' }).click();
    await a.getByRole('region', { name: 'Solved' }).getByRole('link', { name: 'Why did my monthly invoice go up by 40 euro?' }).waitFor();
    expect(await capture(a, 'home-with-threads')).toEqual([]);
    await a.goto(`${app.base}/threads?status=SOLVED&category=${billing.id}`);
    await a.getByRole('heading', { level: 1, name: 'Billing and payments' }).waitFor();
    await a.getByRole('link', { name: 'Why did my monthly invoice go up by 40 euro?' }).waitFor();
    expect(await capture(a, 'threads-filtered')).toEqual([]);
  }, 120_000);

  it('edits with a reason, shows the revision history, comments, and pages through a long list', async () => {
    // Enough reputation to post past the new-member hourly limit.
    const asker = await member(app.t, { reputation: 500 });
    const cat = await category(app.t, { name: `Solar panels ${Date.now() % 10000}` });
    const first = await thread(app.t, asker, { categoryId: cat.id, title: 'How do I register my solar panels for net metering?' });
    for (let i = 0; i < 22; i++) await thread(app.t, asker, { categoryId: cat.id, title: `Inverter question number ${i} about the night display` });
    await answer(app.t, await member(app.t), first.id, 'Register them on the grid operator site with your meter number and inverter serial.');

    const page = await signedIn(asker);
    // An edit comes later than the post; the page offers the history once the post was edited.
    app.t.clock.advance(10 * 60);
    await page.goto(`${app.base}/t/${first.slug}`);
    await page.getByRole('button', { name: 'Edit the question' }).click();
    await page.getByLabel('Title').fill('How do I register my solar panels for net metering in 2026?');
    await page.getByRole('button', { name: 'Save edit' }).click();
    // The server wants a reason; it is shown at the reason field.
    await page.getByText('Say why you edit (3 to 300 characters).').waitFor();
    await page.getByLabel('Reason for the edit').fill('Added the year, rules changed');
    await page.getByRole('button', { name: 'Save edit' }).click();
    await page.getByRole('heading', { level: 1, name: 'How do I register my solar panels for net metering in 2026?' }).waitFor();

    await page.getByRole('button', { name: 'Show edit history of the question' }).click();
    await page.getByText('“Added the year, rules changed”').waitFor();
    await page.getByRole('button', { name: 'Show changes in revision 2' }).click();
    await page.locator('.diff ins').filter({ hasText: '2026' }).first().waitFor();

    await page.getByRole('button', { name: 'Add a comment on the question' }).click();
    await page.getByLabel('Your comment on the question').fill('Thanks, the grid operator confirmed it.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await page.getByRole('list', { name: 'Comments on the question' }).getByText('Thanks, the grid operator confirmed it.').waitFor();
    expect(await capture(page, 'thread-history')).toEqual([]);

    // 23 threads in this category: 20, then the rest behind "Show more".
    await page.goto(`${app.base}/threads?category=${cat.id}`);
    await page.getByRole('heading', { name: '23 threads' }).waitFor();
    await expect(page.locator('.thread-item').count()).resolves.toBe(20);
    await page.getByRole('button', { name: 'Show more threads' }).click();
    await page.locator('.thread-item').nth(22).waitFor();
    await expect(page.locator('.thread-item').count()).resolves.toBe(23);
    await expect(page.getByRole('button', { name: 'Show more threads' }).count()).resolves.toBe(0);
    expect(await capture(page, 'threads')).toEqual([]);
  }, 120_000);
});
