// Crisis help first: on a 390x844 phone a typed crisis phrase brings a high-contrast card with large call and text
// buttons ("Text 988" where texting exists) onto the first screen, progress pauses, and "Get help now" stays pinned.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';
import { launchChromium } from './browser.js';
import { isOnFirstScreen, phone, screenshotDir, send, waitForField } from './widget-helpers.js';

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

const cases = [
  {
    locale: 'en-US',
    phrase: 'I want to kill myself',
    call: 'Call 988',
    text: 'Text 988',
    emergency: 'Call 911',
    getHelp: 'Get help now',
    hide: 'Hide these numbers',
    paused: 'Paused for your safety',
    question: 'have you wished you were dead?',
    shot: 'crisis-phone.png',
  },
  {
    locale: 'es-US',
    phrase: 'quiero suicidarme',
    call: 'Llamar al 988',
    text: 'Escribir al 988',
    emergency: 'Llamar al 911',
    getHelp: 'Ayuda ahora',
    hide: 'Ocultar estos números',
    paused: 'En pausa por tu seguridad',
    question: '¿has deseado estar muerto/a?',
    shot: 'crisis-phone-es.png',
  },
];

describe('crisis help on a phone', () => {
  for (const c of cases) {
    it(`shows call and text buttons on the first screen and keeps them one tap away (${c.locale})`, async () => {
      const context = await browser.newContext({ viewport: phone, locale: c.locale, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(`${service.base}/chat`);
      await waitForField(page, 'start');
      await send(page, c.phrase);
      const call = page.locator('#crisis-card').getByRole('link', { name: c.call });
      await expect.poll(() => call.isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await call.getAttribute('href')).toBe('tel:988');
      const text = page.locator('#crisis-card').getByRole('link', { name: c.text });
      expect(await text.getAttribute('href')).toBe('sms:988');
      for (const name of [c.call, c.text, c.emergency]) {
        const selector = `#crisis-card a:text-is("${name}")`;
        expect(await isOnFirstScreen(page, selector), name).toBe(true);
        const box = await page.locator(selector).boundingBox();
        expect(box?.height ?? 0, name).toBeGreaterThanOrEqual(44);
      }
      // The question that follows is on the first screen too (the transcript scrolls inside the panel).
      await expect
        .poll(() => page.locator('#webchat').getAttribute('data-step'), { timeout: 20_000 })
        .toMatch(/crisis|safety/);
      const question = page.locator('.webchat__basic-transcript__activity').getByText(c.question, { exact: false });
      // Within the transcript's visible part too (a bubble scrolled under the card would still be "on screen").
      const inTranscript = async () => {
        const [box, transcript] = await Promise.all([
          question.last().boundingBox(),
          page.locator('.webchat__basic-transcript__scrollable').boundingBox(),
        ]);
        return (
          box !== null &&
          transcript !== null &&
          box.y >= transcript.y &&
          box.y + box.height <= transcript.y + transcript.height
        );
      };
      await expect.poll(inTranscript, { timeout: 10_000 }).toBe(true);
      expect(await isOnFirstScreen(page, question.last())).toBe(true);
      expect(await isOnFirstScreen(page, '#quick-exit')).toBe(true);
      expect(await page.locator('#progress-label').textContent()).toBe(c.paused);
      await page.screenshot({ path: join(screenshotDir, c.shot) });

      await page.getByRole('button', { name: c.hide }).click();
      await expect.poll(() => page.locator('#crisis-card').isVisible()).toBe(false);
      await page.getByRole('button', { name: c.getHelp }).click();
      await expect.poll(() => call.isVisible()).toBe(true);
      expect(await isOnFirstScreen(page, `#crisis-card a:text-is("${c.call}")`)).toBe(true);

      // After a reload the earlier crisis stays one tap away without covering the conversation again; a new one opens it.
      await page.reload();
      await expect.poll(() => page.locator('#get-help').isVisible(), { timeout: 20_000 }).toBe(true);
      await page
        .locator('.webchat__basic-transcript__activity')
        .getByText(c.question, { exact: false })
        .last()
        .waitFor();
      expect(await page.locator('#crisis-card').isVisible()).toBe(false);
      await send(page, c.phrase);
      await expect.poll(() => call.isVisible(), { timeout: 20_000 }).toBe(true);
      await context.close();
    });
  }
});
