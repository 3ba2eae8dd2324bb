import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { member } from '../factories/accounts.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { capture, openBrowser, recordOperations, type OpenBrowser } from './support/browser.js';
import { descriptionOf, forgetSession, readSession, setSessionExpiry } from './support/in-page.js';

describe('accounts in the browser', () => {
  let t: TestApp;
  let base: string;
  let browser: OpenBrowser;
  let page: Page;

  beforeAll(async () => {
    t = await createTestApp({ SERVE_CLIENT: 'true' });
    base = await t.listen();
    browser = await openBrowser();
    page = browser.page;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  beforeEach(async () => {
    // Every test starts signed out, as a new visitor.
    await page.goto(base + '/');
    await forgetSession(page);
    await page.reload();
  });

  afterEach(() => {
    expect(browser.pageErrors).toEqual([]);
  });

  const viewer = () => page.getByTestId('viewer');
  /** Waits until the header shows this member as signed in. */
  const seeViewer = (name: string) => viewer().filter({ hasText: name }).waitFor();
  const session = async () => (await readSession(page))!;

  async function signInThroughForm(email: string, password: string) {
    await page.getByRole('link', { name: 'Sign in', exact: true }).first().click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('registers, signs out, signs in again and sees their own name and reputation', async () => {
    const name = `fleur_${randomBytes(3).toString('hex')}`;
    const email = `${name}@example.test`;

    expect(await capture(page, 'home-signed-out')).toEqual([]);
    await page.getByRole('banner').getByRole('link', { name: 'Register' }).click();
    await page.getByRole('heading', { name: 'Create an account' }).waitFor();
    expect(await capture(page, 'register')).toEqual([]);

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Display name').fill(name);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();

    await seeViewer(name);
    await expect(viewer().getByLabel('1 reputation').textContent()).resolves.toBe('1');
    await page.getByRole('heading', { name: `Welcome back, ${name}` }).waitFor();
    expect(await capture(page, 'home-signed-in')).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    expect(await readSession(page)).toBeNull();

    await signInThroughForm(email, 'a long enough password');
    await seeViewer(name);

    await viewer().click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expect(page.getByTestId('profile-reputation').textContent()).resolves.toBe('1');
    expect(await capture(page, 'profile')).toEqual([]);
  }, 60_000);

  it('shows what the server said next to the field that caused it', async () => {
    const existing = await member(t);
    await page.goto(base + '/register');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Display name').fill('a b');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('alert').filter({ hasText: 'Some fields need attention.' }).waitFor();
    // Each message is tied to its input (aria-describedby), so it is read out with the field.
    await expect(page.getByLabel('Email').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(descriptionOf(page, 'Email')).resolves.toContain('Email must be a valid address.');
    await expect(descriptionOf(page, 'Display name')).resolves.toContain('Display name may contain letters, digits, _ . and - only.');
    await expect(descriptionOf(page, 'Password')).resolves.toContain('Password must be 10 to 200 characters.');
    // The keyboard lands on the first field to fix.
    await page.locator('input[name="email"]:focus').waitFor();
    expect(await capture(page, 'register-errors')).toEqual([]);

    await page.getByLabel('Email').fill(existing.email);
    await page.getByLabel('Display name').fill(`new_${randomBytes(3).toString('hex')}`);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('An account with this email address already exists.').waitFor();
    await expect(descriptionOf(page, 'Email')).resolves.toContain('An account with this email address already exists.');

    await page.goto(base + '/signin');
    await page.getByLabel('Email').fill(existing.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'That email and password do not match an account.' }).waitFor();
    expect(await capture(page, 'signin-error')).toEqual([]);
  }, 60_000);

  it('renews an access token the server no longer accepts and retries, keeping the member signed in', async () => {
    const m = await member(t);
    await signInThroughForm(m.email, m.password);
    await seeViewer(m.displayName);
    const before = await session();

    // The server's clock moves past the 15-minute lifetime; the browser's does not know.
    t.clock.advance(16 * 60);
    const operations = recordOperations(page);
    await page.reload();
    await seeViewer(m.displayName);
    // The page's own data queries go out too; the session's story is in these two.
    expect(sessionOps(operations).slice(0, 3)).toEqual(['Me', 'RefreshSession', 'Me']);
    const after = await session();
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.accessToken).not.toBe(before.accessToken);
  }, 60_000);

  it('renews shortly before the access token expires, before sending the request', async () => {
    const m = await member(t);
    await signInThroughForm(m.email, m.password);
    await seeViewer(m.displayName);
    await setSessionExpiry(page, 20_000);

    const operations = recordOperations(page);
    await page.reload();
    await seeViewer(m.displayName);
    // The reload may cut off a refresh the old page had just sent (its live connection noticed the
    // short expiry too); the server answers that token's second use (grace period, see the auth
    // tests), so there may be two refreshes. What matters: no Me before a refresh, and renewed.
    const ops = sessionOps(operations);
    expect(ops[0]).toBe('RefreshSession');
    expect(ops.slice(0, ops.indexOf('Me')).every((op) => op === 'RefreshSession')).toBe(true);
    expect(ops.indexOf('Me')).toBeGreaterThan(0);
    expect((await session()).expiresAt).toBeGreaterThan(Date.now() + 10 * 60_000);
  }, 60_000);

  it('signs the member out when the session was revoked elsewhere', async () => {
    const m = await member(t);
    await signInThroughForm(m.email, m.password);
    await seeViewer(m.displayName);
    const { refreshToken } = await session();
    await t.gql(null, `mutation($t: String!) { logout(refreshToken: $t) }`, { t: refreshToken });
    t.clock.advance(16 * 60);

    await page.reload();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    expect(await readSession(page)).toBeNull();
  }, 60_000);
});

const sessionOps = (names: string[]) => names.filter((n) => n === 'Me' || n === 'RefreshSession');
