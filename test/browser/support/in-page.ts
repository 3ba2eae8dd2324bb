import type { Page } from 'playwright-core';

// The root tsconfig is a server's (no DOM library). Functions below run inside the page, where these
// globals exist; each one reaches them through this narrow typed view. They are serialised into the
// page, so they may not use anything from this module at run time (type casts vanish when compiled).
interface InPage {
  localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void; removeItem(key: string): void };
  document: {
    getElementById(id: string): { textContent: string | null } | null;
  };
}

export const SESSION_KEY = 'peerdesk.session';

export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

export function readSession(page: Page): Promise<StoredSession | null> {
  return page.evaluate((key) => JSON.parse((globalThis as unknown as InPage).localStorage.getItem(key) ?? 'null') as StoredSession | null, SESSION_KEY);
}

export function forgetSession(page: Page): Promise<void> {
  return page.evaluate((key) => (globalThis as unknown as InPage).localStorage.removeItem(key), SESSION_KEY);
}

/** Pretends the access token expires `inMs` from now, as this browser counts time. */
export function setSessionExpiry(page: Page, inMs: number): Promise<void> {
  return page.evaluate(
    ({ key, inMs }) => {
      const storage = (globalThis as unknown as InPage).localStorage;
      const session = JSON.parse(storage.getItem(key) ?? 'null') as StoredSession | null;
      if (session) storage.setItem(key, JSON.stringify({ ...session, expiresAt: Date.now() + inMs }));
    },
    { key: SESSION_KEY, inMs },
  );
}

/** The text of everything that describes an input (hint and errors), as a screen reader reads it. */
export function descriptionOf(page: Page, label: string): Promise<string> {
  return page.getByLabel(label).evaluate((input: { getAttribute(name: string): string | null }) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => (globalThis as unknown as InPage).document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}
