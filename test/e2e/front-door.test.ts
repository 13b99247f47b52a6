// The widget at the address README prints, over IPv6 and IPv4, and nothing a person types ever acts as markup:
// no script runs, no request leaves the page's origin, the text reads as typed, and the page's CSP is never violated.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';
import { launchChromium } from './browser.js';

let service: TestService;
let browser: Browser;
let beacon: Server;
let beaconHits = 0;
let beaconPort = 0;

beforeAll(async () => {
  service = await startTestService();
  browser = await launchChromium();
  beacon = createServer((_req, res) => {
    beaconHits += 1;
    res.end();
  });
  await new Promise<void>((resolve) => beacon.listen(0, '127.0.0.1', resolve));
  beaconPort = (beacon.address() as AddressInfo).port;
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await new Promise((resolve) => beacon?.close(resolve));
});

interface Watched {
  page: Page;
  cspViolations: string[];
  foreignRequests: string[];
}

async function open(url: string): Promise<Watched> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    const requested = request.url();
    if (!requested.startsWith(origin) && !requested.startsWith('data:') && !requested.startsWith('blob:')) {
      foreignRequests.push(requested);
    }
  });
  await page.goto(url);
  return { page, cspViolations, foreignRequests };
}

async function send(page: Page, text: string) {
  const box = page.getByRole('textbox').last();
  await box.fill(text);
  await box.press('Enter');
}

const openField = (page: Page) => page.locator('#webchat').getAttribute('data-field');

async function waitForField(page: Page, field: string) {
  await expect.poll(() => openField(page), { timeout: 20_000 }).toBe(field);
}

describe('the widget at the URL npm start prints', () => {
  for (const host of ['localhost', '[::1]', '127.0.0.1']) {
    it(`greets at http://${host}, and a typed crisis phrase shows help and is stored`, async () => {
      const eventsBefore = (await service.store.listCrisisEvents()).length;
      const { page, cspViolations } = await open(`http://${host}:${service.port}/chat`);
      await expect.poll(() => page.getByText('Shall we start?').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await send(page, 'I am going to kill myself tonight');
      await expect.poll(() => page.getByText(/988 Suicide & Crisis Lifeline/).count()).toBeGreaterThan(0);
      await expect.poll(async () => (await service.store.listCrisisEvents()).length).toBeGreaterThan(eventsBefore);
      expect(cspViolations).toEqual([]);
      await page.context().close();
    });
  }
});

describe('nothing typed is markup', () => {
  it('shows script, link and image payloads as text in messages and the review card', async () => {
    const payloads = {
      preferredName: '<img src=x onerror="window.__xss=1">',
      reasonsOwnWords: `[click me](javascript:window.__xss=2) ![b](http://127.0.0.1:${beaconPort}/own-words)`,
      goalsOwnWords: `<script>window.__xss=3</script> ![g](http://127.0.0.1:${beaconPort}/goals)`,
      therapistNotes: `**bold** [x](http://127.0.0.1:${beaconPort}/link)`,
      firstName: `![n](http://127.0.0.1:${beaconPort}/name)`,
    };
    const answers: Record<string, string> = {
      start: 'start',
      consent: 'yes',
      whoFor: 'myself',
      pronouns: 'skip',
      ageRange: '25-34',
      country: 'United States',
      region: 'Massachusetts',
      reasons: 'stress',
      priorTherapy: 'never',
      medication: 'no',
      phq1: '0',
      phq2: '0',
      gad1: '0',
      gad2: '0',
      goals: 'skip',
      formats: 'video',
      availability: 'weekday evenings',
      therapistGender: 'skip',
      therapistLanguage: 'skip',
      payment: 'self-pay',
      asq1: 'no',
      asq2: 'no',
      asq3: 'no',
      asq4: 'no',
      lastName: 'skip',
      email: 'person@example.org',
      phone: 'skip',
      contactMethods: 'email',
      voicemailOk: 'no',
      textOk: 'no',
      bestTimes: 'skip',
      ...payloads,
    };
    const { page, cspViolations, foreignRequests } = await open(`http://127.0.0.1:${service.port}/chat`);
    await waitForField(page, 'start');
    for (let turn = 0; turn < 60; turn++) {
      const field = await openField(page);
      if (field === 'review') break;
      const answer = answers[field ?? ''];
      if (answer === undefined) throw new Error(`no answer for ${field}`);
      await send(page, answer);
      await expect.poll(() => openField(page), { timeout: 20_000 }).not.toBe(field);
    }
    await waitForField(page, 'review');
    // The review card lists the answers: each payload reads exactly as typed.
    for (const typed of Object.values(payloads)) {
      await expect.poll(() => page.getByText(typed, { exact: false }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    }
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(await page.locator('#webchat img[src*="127.0.0.1"], #webchat img[src="x"]').count()).toBe(0);
    expect(await page.locator('#webchat a[href^="javascript"], #webchat a[href*="127.0.0.1"]').count()).toBe(0);
    expect(await page.locator('#webchat strong').count()).toBe(0);
    expect(beaconHits).toBe(0);
    expect(foreignRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });
});
