import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'test-output', 'screenshots');
const FAILED_RESOURCE = /^Failed to load resource: the server responded with a status of (\d{3})/;

/** Headless Debian Chromium, with everything that would reach beyond 127.0.0.1 turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Collects every console error, uncaught exception and dialog of a page. Chromium logs an
 * HTTP error answer as a console error; a test lists the statuses it provokes on purpose.
 */
export function watchPageErrors(page: Page) {
  const errors: string[] = [];
  const expectedStatuses = new Set<number>();

  page.on('console', (message) => {
    if (message.type() !== 'error') return;

    const status = FAILED_RESOURCE.exec(message.text())?.[1];
    if (status && expectedStatuses.has(Number(status))) return;
    errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });

  return {
    errors,
    expectStatus: (...statuses: number[]) => statuses.forEach((s) => expectedStatuses.add(s)),
  };
}

/** A fresh browser context and page for one test, with its errors watched. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  watcher: ReturnType<typeof watchPageErrors>;
}

export async function openWatchedPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();

  return { context, page, watcher: watchPageErrors(page) };
}

/** Closes the test's context; the test fails if its page logged an unexpected error. */
export async function closeWatchedPage({ context, watcher }: WatchedPage) {
  await context.close();
  expect(watcher.errors).toEqual([]);
}

/** Saves a full-page screenshot under test-output/screenshots (git-ignored). */
export async function saveScreenshot(page: Page, name: string, path?: string) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path ?? join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** `expect.poll` with room for the console's one-second journal poll and a busy CI machine. */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 5000 });
}
