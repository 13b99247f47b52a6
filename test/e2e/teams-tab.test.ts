// The Teams tab's page in real Chromium, opened outside Teams (as the manifest's URL would be in a browser): the
// page loads teams-js from this server, its initialize() gives up quickly, and the person lands on the normal
// sign-in; the page breaks no CSP rule and reaches nothing but this server and teams-js' list of Teams hosts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPractice } from '../helpers/conversation.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { launchChromium } from './browser.js';

let service: TestService;
let browser: Browser;

beforeAll(async () => {
  service = await startTestService(
    { MicrosoftAppId: '11111111-2222-4333-8444-555555555555', PUBLIC_URL: 'https://intake.example.org' },
    { ...defaultPractice, teams: { tenantIds: ['aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'] } },
  );
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('the Teams tab outside Teams', () => {
  it('falls back to the normal sign-in within a few seconds', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(service.base) && !url.startsWith('https://res.cdn.office.net/teams-js/')) problems.push(url);
    });
    const started = Date.now();
    await page.goto(`${service.base}/review?inTeams=1`);
    await page.waitForURL('**/review/sign-in', { timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await page.getByRole('heading', { name: 'Sign in' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
