import axe from 'axe-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const OUTPUT_DIR = join(import.meta.dirname, '..', '..', 'output', 'browser');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface OpenBrowser {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page: a journey that passes with these is still broken. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Debian's Chromium, headless, on a fresh profile: each call is a separate person with their own storage. */
export async function openBrowser(): Promise<OpenBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'peerdesk-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: DESKTOP,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the current page. Every finding is written next to the screenshots; the caller
 * asserts on the serious and critical ones.
 */
export async function checkAccessibility(page: Page, name: string): Promise<{ serious: AxeFinding[]; all: AxeFinding[] }> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    // Runs in the page (see in-page.ts): the injected axe and the document are globals there.
    const inPage = globalThis as unknown as { axe: typeof axe; document: unknown };
    const result = await inPage.axe.run(inPage.document as axe.ElementContext, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(OUTPUT_DIR, `${name}.axe.json`), JSON.stringify(violations, null, 2));
  return { all: violations, serious: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') };
}

/** A full-page screenshot at desktop width and one at phone width, under test/output/browser/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const viewport = page.viewportSize() ?? DESKTOP;
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.phone.png`), fullPage: true });
  await page.setViewportSize(viewport);
}

/** Accessibility check plus screenshots of the page as it is now. */
export async function capture(page: Page, name: string): Promise<AxeFinding[]> {
  const { serious } = await checkAccessibility(page, name);
  await screenshot(page, name);
  return serious;
}

/** The GraphQL operation names this page sends, in order (to see what the auth link did). */
export function recordOperations(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (req) => {
    if (!req.url().endsWith('/graphql') || req.method() !== 'POST') return;
    try {
      const body = JSON.parse(req.postData() ?? '{}') as { operationName?: string };
      if (body.operationName) names.push(body.operationName);
    } catch {
      // not JSON: not ours
    }
  });
  return names;
}
