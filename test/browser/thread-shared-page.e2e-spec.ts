import type { Page } from 'playwright-core';
import { member } from '../factories/accounts.factory.js';
import { answer, category, thread } from '../factories/forum.factory.js';
import { useBrowserApp } from './support/browser-app.js';

interface Sent {
  operation: string;
  withToken: boolean;
  cache: string | undefined;
}

/** The GraphQL requests a page sends: operation, whether a token went with it, and the cache's answer. */
function recordRequests(page: Page): Sent[] {
  const sent: Sent[] = [];
  page.on('response', (res) => {
    const req = res.request();
    if (req.method() !== 'POST' || !req.url().endsWith('/graphql')) return;
    const body = req.postDataJSON() as { operationName?: string };
    sent.push({ operation: body.operationName ?? '', withToken: !!req.headers()['authorization'], cache: res.headers()['x-cache'] });
  });
  return sent;
}

describe('the thread page a signed-in member reads', () => {
  // With the response cache on, as in production.
  const app = useBrowserApp({ RESPONSE_CACHE: 'true' });

  it('is the shared page from the cache plus the member’s own votes and follow; the asker reads their own', async () => {
    const cat = await category(app.t, { name: `Heat pumps ${Date.now() % 10000}` });
    const asker = await member(app.t, { reputation: 100 });
    const q = await thread(app.t, asker, { categoryId: cat.id, title: 'Why does my heat pump run all night in mild weather?' });
    const answerer = await member(app.t, { reputation: 60 });
    const a = await answer(app.t, answerer, q.id, 'Check the heating curve: a high base temperature keeps the compressor running.');
    const reader = await member(app.t, { reputation: 200 });

    const page = await app.signedIn(reader);
    const sent = recordRequests(page);
    await page.goto(`${app.base}/t/${q.slug}`);
    const theAnswer = page.getByRole('listitem', { name: `Answer by ${answerer.displayName}` });
    await theAnswer.getByRole('button', { name: `Vote up the answer by ${answerer.displayName}` }).waitFor();
    await page.getByText('You do not follow this thread.').waitFor();
    expect(sent.filter((s) => s.operation === 'ThreadPage').map((s) => s.withToken)).toEqual([false]);
    expect(sent.filter((s) => s.operation === 'ThreadViewerState').map((s) => s.withToken)).toEqual([true]);

    // Voting and following change the member's state on the page at once, and in the database.
    const up = theAnswer.getByRole('button', { name: `Vote up the answer by ${answerer.displayName}` });
    await up.click();
    await page.locator(`#answer-${a.id} [aria-pressed="true"]`).waitFor();
    await page.getByRole('button', { name: 'Follow this thread' }).click();
    await page.getByText('You follow this thread: new answers reach your notifications.').waitFor();
    const [vote] = await app.t.db.query(`SELECT value FROM votes WHERE post_id = $1 AND voter_id = $2`, [a.id, reader.id]);
    expect(vote.value).toBe(1);

    // Read again (twice: the vote changed the score, so the first read fills the cache again):
    // the page comes from the cache and the member's own state still shows.
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await page.getByText('You follow this thread: new answers reach your notifications.').waitFor();
    }
    await expect(up.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByRole('group', { name: `Votes on the answer by ${answerer.displayName}` }).getByLabel('Score 1').count()).resolves.toBe(1);
    const pages = sent.filter((s) => s.operation === 'ThreadPage');
    expect(pages.map((s) => [s.withToken, s.cache])).toEqual([
      [false, 'miss'],
      [false, 'miss'],
      [false, 'hit'],
    ]);

    // The asker sees more than visitors (the webcare help on their own thread): their page is their own.
    const own = await app.signedIn(asker);
    const askerSent = recordRequests(own);
    await own.goto(`${app.base}/t/${q.slug}`);
    await own.getByRole('heading', { name: 'Need the company’s help?' }).waitFor();
    expect(askerSent.filter((s) => s.operation === 'ThreadPage').map((s) => s.withToken).at(-1)).toBe(true);
  }, 120_000);
});
