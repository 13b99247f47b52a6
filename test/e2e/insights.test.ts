// The funnel in real Chromium with the demo intakes: a clinician signs in and opens Insights; the chart (drawn by the
// server, nothing fetched elsewhere) and the tables show what the demo conversations did, with no name or reference
// on the page; axe finds nothing serious. The picture in README comes from here (docs/screenshots/insights.png).
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIntakes } from '../../src/cli/demo-intakes.js';
import { type SeededIntake, seedIntakes } from '../../src/cli/seed-demo.js';
import { cliActor, StaffService } from '../../src/review/auth/staff-service.js';
import { defaultPractice } from '../helpers/conversation.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { totpNow } from '../helpers/staff-client.js';
import { launchChromium } from './browser.js';

const screenshotFolder = new URL('../../docs/screenshots/', import.meta.url).pathname;

let service: TestService;
let browser: Browser;
let page: Page;
let seeded: SeededIntake[];
const foreignRequests: string[] = [];
const cspViolations: string[] = [];

beforeAll(async () => {
  service = await startTestService();
  seeded = await seedIntakes(service.store, defaultPractice, service.databaseUrl, demoIntakes);
  // The sweep the service runs on its own: the intake left half-way is abandoned, and counted where it stopped.
  const now = new Date();
  await service.store.markAbandoned(new Date(now.getTime() - 72 * 3_600_000).toISOString(), now.toISOString());
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(service.base) && !request.url().startsWith('data:'))
      foreignRequests.push(request.url());
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('insights in a browser', () => {
  it('a clinician enrols and signs in', async () => {
    const { setupToken } = await new StaffService(service.store).addAccount(
      'clinician@example.org',
      'clinician',
      cliActor,
    );
    await page.goto(`${service.base}/review/setup/${setupToken}`);
    await page.getByLabel('New password').fill('a long enough passphrase');
    await page.getByLabel('The same password again').fill('a long enough passphrase');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/review/mfa');
    const key = (await page.locator('code.secret').innerText()).replace(/\s+/g, '');
    await page.getByLabel('The 6-digit code your app shows now').fill(totpNow(key));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('ol.codes li').count()).toBe(10);
    await page.getByRole('link', { name: /I have saved them/ }).click();
    await page.waitForURL(`${service.base}/review`);
  }, 120_000);

  it('shows the demo intakes’ funnel: chart, totals, weeks and steps, and no one’s name or reference', async () => {
    await page.getByRole('link', { name: 'Insights' }).click();
    await page.waitForURL('**/review/insights');
    await expect.poll(() => page.locator('svg[role="img"] rect').count()).toBeGreaterThan(0);
    const totals = await page.locator('dl.totals').innerText();
    expect(totals).toMatch(new RegExp(`Started\\s+${demoIntakes.length}`));
    expect(totals).toMatch(/Abandoned\s+1/);
    const body = await page.locator('main').innerText();
    for (const { record } of seeded) {
      expect(body).not.toContain(record.reference);
      if (record.contact.firstName) expect(body).not.toContain(record.contact.firstName);
    }
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => v.id)).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
    mkdirSync(screenshotFolder, { recursive: true });
    await page.screenshot({ path: `${screenshotFolder}insights.png`, fullPage: true });
  }, 120_000);
});
