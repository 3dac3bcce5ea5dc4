import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { buildDemoApp } from '../../mock-server/browser/build-demo-app.ts';
import { demoContentSecurityPolicy } from '../../mock-server/browser/demo-csp.ts';
import { startStaticServer, type StaticServer } from '../../mock-server/browser/serve-static.ts';
import { startMock, type RunningMock } from '../../mock-server/cli/start-mock.ts';
import {
  closeWatchedPage,
  eventually,
  launchChromium,
  openWatchedPage,
  saveScreenshot,
  watchPageErrors,
  type WatchedPage,
} from './browser-fixture.ts';

let mock: RunningMock;
let outDir: string;
let demo: StaticServer;
let browser: Browser;
let opened: WatchedPage;
let page: Page;
let watcher: ReturnType<typeof watchPageErrors>;

beforeAll(async () => {
  mock = await startMock({
    host: '127.0.0.1',
    port: 0,
    configPath: undefined,
    statePath: undefined,
    seed: undefined,
    settings: {
      scenario: 'ok',
      latency: { minMs: 0, maxMs: 0 },
      defaultUser: undefined,
      corsOrigins: undefined,
    },
  });
  // The demo built against the standalone mock: no worker, the client calls the mock's URL.
  outDir = await mkdtemp(join(tmpdir(), 'demo-remote-'));
  await buildDemoApp({ outDir, apiBaseUrl: mock.url });
  demo = await startStaticServer({
    root: outDir,
    headers: { 'content-security-policy': demoContentSecurityPolicy(mock.url) },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await mock?.close();
  await rm(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
  opened = await openWatchedPage(browser);
  ({ page, watcher } = opened);
});

afterEach(() => closeWatchedPage(opened));

async function openConsole() {
  await page.goto(`${mock.url}/__mock/`);
  await eventually(() => page.getByTestId('active-scenario').textContent()).toBe('ok');
}

function journalLine(path: string, status: number) {
  return page
    .locator('.journal summary')
    .filter({ hasText: path })
    .filter({ hasText: ` ${status} ` });
}

describe('mock console at GET /__mock/', () => {
  test('switches the scenario that the next demo app request gets, and journals it', async () => {
    await openConsole();
    await page
      .getByLabel('Scenario for requests that ask for none')
      .selectOption('okta-rate-limited');

    await page.getByRole('button', { name: 'Set scenario' }).click();

    await eventually(() => page.getByTestId('active-scenario').textContent()).toBe(
      'okta-rate-limited',
    );
    const app = await opened.context.newPage();
    const appWatcher = watchPageErrors(app);
    appWatcher.expectStatus(503);
    await app.goto(`${demo.url}/`);
    await eventually(() => app.getByRole('alert').textContent()).toMatch(
      /^The profile service is busy\. Try again in \d+ seconds?\.$/,
    );
    await eventually(() => journalLine('/internal/okta-profile', 503).count()).toBe(1);
    await saveScreenshot(app, 'demo-remote-rate-limited');
    await saveScreenshot(page, 'console-after-switch');
    expect(appWatcher.errors).toEqual([]);
  });

  test('journals requests with their credentials masked', async () => {
    await openConsole();

    await fetch(`${mock.url}/internal/okta-profile`, {
      headers: { authorization: 'Bearer secret-token-value', 'x-mock-scenario': 'not-found' },
    });

    const line = journalLine('/internal/okta-profile', 404);
    await eventually(() => line.count()).toBe(1);
    await line.click();
    const details = page.locator('.journal details[open]');
    expect(await details.textContent()).toContain('Bearer ***');
    expect(await page.content()).not.toContain('secret-token-value');
    expect(await line.textContent()).toContain('scenario not-found');
  });

  test('edits, adds and deletes users, showing their data as text', async () => {
    const markup = '<script>window.pwned = 1</script>';
    await openConsole();
    const first = page.locator('.user').first();
    const firstName = (await first.locator('h3').textContent()) ?? '';
    await first.getByRole('button', { name: `Edit ${firstName}` }).click();
    await page.getByLabel('First name').fill('Grace');
    await page.getByRole('button', { name: 'Save user' }).click();
    await eventually(() => page.locator('.user h3').first().textContent()).toMatch(/^Grace /);

    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByLabel('Login').fill('new.person@example.com');
    await page.getByLabel('Email').fill('new.person@example.com');
    await page.getByLabel('First name').fill(markup);
    await page.getByLabel('Last name').fill('Person');
    await page.getByRole('button', { name: 'Add user' }).last().click();
    const added = page.locator('.user').filter({ hasText: 'new.person@example.com' });
    await eventually(() => added.locator('h3').textContent()).toBe(`${markup} Person`);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);

    await added.getByRole('button', { name: /^Delete / }).click();
    await eventually(() => added.count()).toBe(0);
    await saveScreenshot(page, 'console-users');
  });

  test('refuses a user Okta would refuse, naming the field', async () => {
    watcher.expectStatus(400);
    await openConsole();
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByLabel('Login').fill('not-an-address');

    await page.getByRole('button', { name: 'Add user' }).last().click();

    await eventually(() => page.locator('#add-user-login-error').textContent()).toBe(
      'Username must be in the form of an email address',
    );
    expect(await page.getByLabel('Login').getAttribute('aria-invalid')).toBe('true');
  });

  test('sets a latency range', async () => {
    await openConsole();
    await page.getByLabel('Range').check();
    await page.getByLabel('From (ms)').fill('10');
    await page.getByLabel('To (ms)').fill('20');

    await page.getByRole('button', { name: 'Set latency' }).click();

    await eventually(() => page.getByTestId('active-latency').textContent()).toBe(
      '10–20 ms, drawn per request',
    );
    expect(await (await fetch(`${mock.url}/__mock/latency`)).json()).toEqual({
      minMs: 10,
      maxMs: 20,
    });
  });

  test('switches the scenario with the keyboard alone, focus always visible', async () => {
    await openConsole();

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      id: document.activeElement?.id,
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    expect(focused).toEqual({ id: 'scenario-select', outline: 'solid' });
    await eventually(() => page.getByTestId('active-scenario').textContent()).toBe(
      'unauthenticated',
    );
  });

  test('reflows at 400% zoom without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 256 });

    await openConsole();

    const overflow = await page.evaluate(() => {
      return document.documentElement.scrollWidth - document.documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'console-400-percent');
  });

  test('serves the page with a CSP that allows no inline script', async () => {
    const response = await fetch(`${mock.url}/__mock/`);

    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).not.toMatch(/<script>|\son\w+=/);
  });

  test('shows new requests in the journal, newest first', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openConsole();

    await fetch(`${mock.url}/internal/okta-profile`);
    await fetch(`${mock.url}/internal/okta-profile?__scenario=okta-rate-limited`);

    const lines = page.locator('.journal summary');
    await eventually(() => lines.count()).toBe(2);
    expect(await lines.first().textContent()).toContain('okta-rate-limited 503');
    expect(await lines.last().textContent()).toContain('/internal/okta-profile 200');
    await saveScreenshot(page, 'mock-console');
  });
});
