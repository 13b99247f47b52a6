// The practice's morning in real Chromium, keyboard only: an admin created by the CLI opens the setup link, enrols
// TOTP (the code computed here), finds the emergency at the top of the queue, acknowledges it, marks it contacted
// with a note, downloads CSV and FHIR, and finds each step in the audit log. Hostile text from the chat runs
// nowhere; axe finds no serious or critical problem.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoIntake, demoIntakes } from '../../src/cli/demo-intakes.js';
import { type SeededIntake, seedIntakes } from '../../src/cli/seed-demo.js';
import { defaultPractice } from '../helpers/conversation.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { totpNow } from '../helpers/staff-client.js';
import { launchChromium } from './browser.js';

const run = promisify(execFile);
/** Set SCREENSHOTS=dir to keep pictures of each page at desktop and phone sizes. */
const screenshots = process.env.SCREENSHOTS;

const calm = demoIntakes.find((d) => d.label.startsWith('calm: anxiety')) as DemoIntake;
const hostile: DemoIntake = {
  ...calm,
  label: 'hostile',
  hoursAgo: 40,
  answers: {
    ...calm.answers,
    firstName: '<img src=x onerror="window.__xss=1">',
    lastName: '"><script>window.__xss=2</script>',
    reasonsOwnWords: '[call us](javascript:window.__xss=3) ![pixel](http://127.0.0.1:9/pixel.png) <b>bold</b>',
    therapistNotes: '=HYPERLINK("http://127.0.0.1:9/x","x")',
  },
};

let service: TestService;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let seeded: SeededIntake[];
const dialogs: string[] = [];
const cspViolations: string[] = [];
const foreignRequests: string[] = [];

const record = (prefix: string) => {
  const found = seeded.find((s) => s.label.startsWith(prefix));
  if (!found) throw new Error(prefix);
  return found.record;
};

/** Moves focus with Tab until it is on `target` (as a person with a keyboard does), then leaves it there. */
async function tabTo(target: Locator, limit = 120): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('no such element');
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await handle.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('could not reach the element with Tab');
}

async function snap(name: string) {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${screenshots}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${screenshots}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function axe() {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`);
}

beforeAll(async () => {
  service = await startTestService();
  seeded = await seedIntakes(service.store, defaultPractice, service.databaseUrl, [...demoIntakes, hostile]);
  browser = await launchChromium();
  context = await browser.newContext({
    locale: 'en-US',
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(service.base) && !request.url().startsWith('data:')) {
      foreignRequests.push(request.url());
    }
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('a practice morning, keyboard only', () => {
  it('an admin from the CLI opens the setup link, chooses a password and enrols TOTP', async () => {
    const { stdout } = await run(
      'npx',
      ['tsx', 'src/cli/staff.ts', 'add', '--email', 'you@example.org', '--role', 'admin'],
      {
        env: { ...process.env, DATABASE_URL: service.databaseUrl },
      },
    );
    const link = stdout.trim();
    expect(link.split('\n')).toHaveLength(1);
    await page.goto(service.base + new URL(link).pathname);
    await tabTo(page.getByLabel('New password'));
    await page.keyboard.type('a long enough passphrase');
    await page.keyboard.press('Tab');
    await page.keyboard.type('a long enough passphrase');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/review/mfa');
    await snap('mfa-enrol');
    const key = (await page.locator('code.secret').innerText()).replace(/\s+/g, '');
    await tabTo(page.getByLabel('The 6-digit code your app shows now'));
    await page.keyboard.type(totpNow(key));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('ol.codes li').count()).toBe(10);
    await tabTo(page.getByRole('link', { name: /I have saved them/ }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${service.base}/review`);
  }, 120_000);

  it('shows the emergency intake at the top of the queue, and axe finds nothing serious', async () => {
    const firstRow = page.locator('table.queue tbody tr').first();
    await expect.poll(() => firstRow.innerText()).toContain('Emergency');
    expect(await firstRow.innerText()).toContain(record('emergency').reference);
    await snap('queue');
    expect(await axe()).toEqual([]);
  }, 60_000);

  it('opens it, acknowledges it, marks it contacted with a note', async () => {
    await tabTo(page.getByRole('link', { name: record('emergency').reference }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/review/intakes/${record('emergency').id}`);
    expect(await axe()).toEqual([]);
    await snap('record');
    await tabTo(page.getByRole('button', { name: 'Acknowledge the flag' }));
    await page.keyboard.press('Enter');
    await page.getByText('Flag acknowledged').waitFor();
    await tabTo(page.getByRole('combobox', { name: 'Review state' }));
    await page.keyboard.type('Contacted');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Review state saved.').waitFor();
    await tabTo(page.getByLabel('Add a note'));
    await page.keyboard.type('Called at 9:10, safe with her sister, booked Tuesday.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Note added.').waitFor();
    expect(await page.locator('.note-text').innerText()).toBe('Called at 9:10, safe with her sister, booked Tuesday.');
    expect(await page.locator('.summary').innerText()).toContain('Contacted');
  }, 60_000);

  it('downloads the record as FHIR and the queue as CSV', async () => {
    const [fhir] = await Promise.all([
      page.waitForEvent('download'),
      tabTo(page.getByRole('link', { name: 'Download FHIR' })).then(() => page.keyboard.press('Enter')),
    ]);
    const resource = JSON.parse(readFileSync((await fhir.path()) ?? '', 'utf8'));
    expect(resource.resourceType).toBe('QuestionnaireResponse');
    await page.goto(`${service.base}/review`);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      tabTo(page.getByRole('link', { name: 'Download CSV' })).then(() => page.keyboard.press('Enter')),
    ]);
    const text = readFileSync((await csv.path()) ?? '', 'utf8');
    expect(text.split('\n')[0]).toMatch(/^id,reference,status/);
    expect(text).toContain(`"'=HYPERLINK(""http://127.0.0.1:9/x"",""x"")"`);
  }, 60_000);

  it('lists each step in the audit log', async () => {
    await tabTo(page.getByRole('link', { name: 'Audit' }));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/review/audit');
    const log = await page.locator('table.audit').innerText();
    for (const action of [
      'staff.setup',
      'staff.mfa-enrolled',
      'sign-in',
      'record.view',
      'record.acknowledge',
      'record.review',
      'record.note',
      'export.fhir',
      'export.csv',
    ]) {
      expect(log, action).toContain(action);
    }
    await snap('audit');
  }, 60_000);

  it('shows the staff page with a Teams link control for each account, and axe finds nothing serious', async () => {
    await page.goto(`${service.base}/review/staff`);
    await page.getByRole('columnheader', { name: 'Microsoft account (Teams)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Link: you@example.org' }).count()).toBe(1);
    expect(await axe()).toEqual([]);
    // On a phone the table scrolls inside its region; the page itself is never wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
    await snap('staff');
  }, 60_000);

  it('shows hostile text from the chat as text in the queue, the record, the print view and the search', async () => {
    const id = record('hostile').id;
    for (const path of ['/review', `/review/intakes/${id}`, `/review/intakes/${id}/print`]) {
      await page.goto(service.base + path);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    }
    expect(await page.getByText('<img src=x onerror="window.__xss=1">').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('img[src*="pixel"]').count()).toBe(0);
    await page.goto(`${service.base}/review`);
    await tabTo(page.getByLabel('Find by reference or name'));
    await page.keyboard.type('"><script>window.__xss=2</script>');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Search results' }).waitFor();
    expect(page.url()).toBe(`${service.base}/review/search`);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
  }, 60_000);

  it('signs out, and the queue is closed again', async () => {
    await tabTo(page.getByRole('button', { name: 'Sign out' }));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/review/sign-in?done=signed-out');
    await page.goto(`${service.base}/review`);
    expect(page.url()).toContain('/review/sign-in');
    await snap('sign-in');
  }, 60_000);
});
