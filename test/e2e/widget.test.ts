// The chat panel as a person uses it: real Web Chat in Chromium over the local Direct Line against the real server; a
// whole intake by keyboard alone through every input kind, one progress bar, answered cards disabled, no serious
// accessibility violation mid-conversation.
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';
import { launchChromium } from './browser.js';
import { desktop, openField, phone, screenshotDir, waitForField } from './widget-helpers.js';
import { pickChoice, tickOptions, typeAnswer } from './widget-keyboard.js';

let service: TestService;
let browser: Browser;

beforeAll(async () => {
  service = await startTestService();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

async function openChat(viewport: typeof desktop, locale = 'en-US'): Promise<Page> {
  const isPhone = viewport === phone;
  const context = await browser.newContext({ viewport, locale, isMobile: isPhone, hasTouch: isPhone });
  const page = await context.newPage();
  await page.goto(`${service.base}/chat`);
  await waitForField(page, 'start');
  return page;
}

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`);

/** Typed answers for the fields the keyboard path does not tap or tick. */
const typed: Record<string, string> = {
  whoFor: 'myself',
  preferredName: 'Sam',
  pronouns: 'skip',
  ageRange: '25-34',
  country: 'United States',
  region: 'Massachusetts',
  reasonsOwnWords: 'skip',
  priorTherapy: 'never',
  medication: 'no',
  phq1: '0',
  phq2: '1',
  gad1: '0',
  gad2: '1',
  goals: 'skip',
  goalsOwnWords: 'Sleep better',
  therapistGender: 'skip',
  therapistLanguage: 'skip',
  therapistNotes: 'skip',
  payment: 'self-pay',
  asq1: 'no',
  asq2: 'no',
  asq3: 'no',
  asq4: 'no',
  firstName: 'Sam',
  lastName: 'skip',
  email: 'sam@example.org',
  phone: '617 555 0142',
  voicemailOk: 'no',
  textOk: 'no',
  bestTimes: 'skip',
};

/** Multiple choice ticked in the card with Space. */
const ticked: Record<string, string[]> = {
  reasons: ['Stress', 'Sleep'],
  formats: ['Video'],
  availability: ['Weekday evenings'],
  contactMethods: ['Email'],
};

describe('the chat panel', () => {
  it('completes a whole intake by keyboard alone, through every input kind, with one progress bar', async () => {
    const page = await openChat(phone);
    await pickChoice(page, "Let's start");
    await pickChoice(page, 'Yes');
    let checkedAxe = false;
    for (let turn = 0; turn < 60; turn++) {
      const field = await openField(page);
      if (field === 'review') break;
      const label = await page.locator('#progress-label').textContent();
      expect(label, field ?? '').toMatch(/Step \d+ of \d+|minutes? left|% done/);
      if (field && ticked[field]) {
        if (!checkedAxe) {
          // Mid-conversation, with a card of toggles open: no serious or critical violation anywhere on the page.
          await page.locator('.ac-adaptiveCard:not(.answered) input').first().waitFor({ timeout: 20_000 });
          await page.waitForTimeout(500);
          await page.screenshot({ path: join(screenshotDir, 'widget-phone.png') });
          expect(await seriousViolations(page)).toEqual([]);
          checkedAxe = true;
        }
        await tickOptions(page, ticked[field] ?? [], 'Send');
        continue;
      }
      const answer = typed[field ?? ''];
      if (answer === undefined) throw new Error(`no answer for ${field}`);
      await typeAnswer(page, answer);
    }
    await waitForField(page, 'review');
    // The answered cards take no more taps; only the open question does.
    const answeredInputs = page.locator('.ac-adaptiveCard.answered input');
    expect(await answeredInputs.count()).toBeGreaterThan(0);
    expect(await answeredInputs.evaluateAll((inputs) => inputs.every((i) => (i as HTMLInputElement).disabled))).toBe(
      true,
    );
    await tickOptions(page, [], 'Send it');
    await expect
      .poll(() => page.locator('#progress-label').textContent(), { timeout: 20_000 })
      .toBe('Finished: your answers were sent');
    await page.context().close();
  }, 240_000);

  it('speaks Spanish to a Spanish browser, in the bot’s own register, with 44 px choices', async () => {
    const page = await openChat(phone, 'es-ES');
    expect(await page.locator('#quick-exit').textContent()).toBe('Salida rápida');
    expect(await page.getByRole('textbox').last().getAttribute('placeholder')).toBe('Escribe tu respuesta aquí');
    const start = page.locator('.webchat__suggested-action', { hasText: 'Empezar' });
    expect((await start.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    // A browser in Spain gets Spain's numbers under the panel, whatever the practice's own country.
    expect(await page.locator('.lines a[href="tel:112"]').textContent()).toBe('Emergencias: llama al 112');
    expect(await page.locator('.lines').textContent()).toContain('024');
    await page.context().close();
  });

  it('reads percent, minutes left and paused from the progress metadata, and falls back to step k of n', async () => {
    const page = await openChat(phone, 'es-ES');
    // The page's own progress module against the page's own bar, fed the shapes CONVERSATION.md specifies.
    // A string, so the test runner leaves its dynamic import to the browser.
    const labels = (await page.evaluate(`(async () => {
      const { createProgress } = await import('/web/chat/progress.js');
      const progress = createProgress(JSON.parse(document.body.dataset.settings).strings);
      const bar = document.getElementById('progress');
      const label = () => document.getElementById('progress-label').textContent + ' @' + Math.round(bar.value);
      const seen = [];
      progress.update({ index: 5, total: 11, percent: 40, minutesLeft: 7, paused: false }, false);
      seen.push(label());
      progress.update({ index: 9, total: 11, percent: 90, minutesLeft: 1, paused: false }, false);
      seen.push(label());
      progress.update({ index: 9, total: 11, percent: 90, minutesLeft: 0, paused: true }, false);
      seen.push(label());
      progress.update({ index: 3, total: 11 }, false);
      seen.push(label());
      progress.finished();
      seen.push(label());
      return seen;
    })()`)) as string[];
    expect(labels).toEqual([
      'Faltan unos 7 minutos @40',
      'Falta más o menos 1 minuto @90',
      'En pausa por tu seguridad @90',
      'Paso 3 de 11 @27',
      'Terminado: tus respuestas se enviaron @100',
    ]);
    await page.context().close();
  });

  it('keeps quick exit, header and progress in view while the transcript scrolls inside the panel', async () => {
    const page = await openChat(desktop);
    await pickChoice(page, "Let's start");
    await pickChoice(page, 'Yes');
    for (const answer of ['myself', 'Sam', 'skip', '25-34']) await typeAnswer(page, answer);
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await expect.poll(() => page.locator('#quick-exit').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
