import type { Page } from 'playwright-core';
import type { TestMember } from '../../factories/accounts.factory.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { openBrowser, type OpenBrowser } from './browser.js';

export interface BrowserApp {
  /** The app under test (set in beforeAll). */
  t: TestApp;
  /** Its base URL. */
  base: string;
  /** A separate browser (own storage) signed in as this member through the sign-in form. */
  signedIn(m: TestMember): Promise<Page>;
}

/**
 * Registers the hooks every browser journey shares: the real server with the built client on a
 * free port, browsers closed after the file, and no uncaught page errors after each test.
 */
export function useBrowserApp(env: Record<string, string> = {}): BrowserApp {
  const browsers: OpenBrowser[] = [];
  const app = {
    t: undefined as unknown as TestApp,
    base: '',
    async signedIn(m: TestMember): Promise<Page> {
      const b = await openBrowser();
      browsers.push(b);
      const page = b.page;
      await page.goto(`${app.base}/signin`);
      await page.getByLabel('Email').fill(m.email);
      await page.getByLabel('Password').fill(m.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('viewer').filter({ hasText: m.displayName }).waitFor();
      return page;
    },
  };
  beforeAll(async () => {
    app.t = await createTestApp({ SERVE_CLIENT: 'true', ...env });
    app.base = await app.t.listen();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await app.t?.close();
  });
  afterEach(() => {
    for (const b of browsers) expect(b.pageErrors).toEqual([]);
  });
  return app;
}
