import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { buildDemoApp } from '../../mock-server/browser/build-demo-app.ts';
import { demoContentSecurityPolicy } from '../../mock-server/browser/demo-csp.ts';
import { startStaticServer, type StaticServer } from '../../mock-server/browser/serve-static.ts';
import {
  closeWatchedPage,
  eventually,
  launchChromium,
  openWatchedPage,
  saveScreenshot,
  type watchPageErrors,
  type WatchedPage,
} from './browser-fixture.ts';

let outDir: string;
let site: StaticServer;
let browser: Browser;
let opened: WatchedPage;
let page: Page;
let watcher: ReturnType<typeof watchPageErrors>;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'demo-app-'));
  await buildDemoApp({ outDir });
  site = await startStaticServer({
    root: outDir,
    headers: { 'content-security-policy': demoContentSecurityPolicy() },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await rm(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  opened = await openWatchedPage(browser);
  ({ page, watcher } = opened);
});

afterEach(() => closeWatchedPage(opened));

async function openDemo(query = '') {
  const answer = page.waitForResponse((response) => {
    return new URL(response.url()).pathname === '/internal/okta-profile';
  });
  await page.goto(`${site.url}/${query}`);

  return answer;
}

describe('demo app with the MSW worker', () => {
  test('loads the profile from the worker, with no server behind the API', async () => {
    const answer = await openDemo();

    await eventually(() => page.getByTestId('sub').textContent()).toMatch(/^00u\w{17}$/);
    expect(answer.fromServiceWorker()).toBe(true);
    expect(answer.status()).toBe(200);
    expect(await page.getByLabel('Email').inputValue()).toBe(
      await page.getByTestId('email').textContent(),
    );
    await saveScreenshot(page, 'demo-profile');
  });

  test('saves an edit and shows it', async () => {
    await openDemo();
    await page.getByLabel('First name').fill('Grace');
    await page.getByLabel('Last name').fill('Hopper');
    await page.getByLabel('EDIPI').fill('');

    await page.getByRole('button', { name: 'Save changes' }).click();

    await eventually(() => page.getByRole('status').textContent()).toBe('Your profile is saved.');
    expect(await page.getByTestId('name').textContent()).toBe('Grace Hopper');
    expect(await page.getByTestId('edipi').textContent()).toBe('Not set');
    await saveScreenshot(page, 'demo-saved');
  });

  test('shows a name holding markup as text, never as markup', async () => {
    const name = '<img src=x onerror=alert(1)>';
    await openDemo();
    await page.getByLabel('First name').fill(name);

    await page.getByRole('button', { name: 'Save changes' }).click();

    await eventually(() => page.getByTestId('name').textContent()).toMatch(/^<img src=x/);
    expect(await page.locator('img').count()).toBe(0);
  });

  test('asks to sign in again under unauthenticated (401)', async () => {
    watcher.expectStatus(401);

    const answer = await openDemo('?scenario=unauthenticated');

    await eventually(() => page.getByRole('alert').textContent()).toBe(
      'Your session has ended. Sign in again.',
    );
    expect(answer.status()).toBe(401);
    expect(await page.locator('.scenario').textContent()).toBe('Mock scenario: unauthenticated');
    await saveScreenshot(page, 'demo-unauthenticated');
  });

  test('marks the email field when the email is refused (422)', async () => {
    watcher.expectStatus(422);
    await openDemo();
    await page.getByLabel('Email').fill('nope');

    await page.getByRole('button', { name: 'Save changes' }).click();

    const email = page.getByLabel('Email');
    await eventually(() => page.locator('#field-email-error').textContent()).toBe(
      'Email must be 5 to 100 characters',
    );
    expect(await page.getByRole('alert').textContent()).toBe('Some fields need fixing.');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.evaluate((input) => input === document.activeElement)).toBe(true);
    await saveScreenshot(page, 'demo-invalid-email');
  });

  test("lists Okta's refusal under validation-error (422)", async () => {
    watcher.expectStatus(422);
    await openDemo('?scenario=validation-error');
    await page.getByLabel('First name').fill('Ada');

    await page.getByRole('button', { name: 'Save changes' }).click();

    await eventually(() => page.getByRole('alert').textContent()).toMatch(
      /^Some fields need fixing\.Login: .*already exists/,
    );
    await saveScreenshot(page, 'demo-validation-error');
  });

  test('says when to try again under okta-rate-limited (503)', async () => {
    watcher.expectStatus(503);

    const answer = await openDemo('?scenario=okta-rate-limited');

    expect(answer.request().headers()['x-mock-scenario']).toBe('okta-rate-limited');
    const seconds = Number(answer.headers()['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    await eventually(() => page.getByRole('alert').textContent()).toBe(
      `The profile service is busy. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    );
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'demo-rate-limited');
  });
});
