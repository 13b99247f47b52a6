// The widget on a practice's own site (another origin), as its visitors meet it: the launcher, the framed chat, the
// emergency numbers under it, close and quick exit; in English and Spanish, on a desktop and a 390x844 phone.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPractice } from '../helpers/conversation.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { launchChromium } from './browser.js';
import {
  answer,
  chatFrame,
  desktop,
  type PracticeSite,
  phone,
  screenshotDir,
  startPracticeSite,
  waitForField,
} from './widget-helpers.js';

let service: TestService;
let site: PracticeSite;
let browser: Browser;

beforeAll(async () => {
  site = await startPracticeSite();
  service = await startTestService(
    {},
    { ...defaultPractice, widget: { ...defaultPractice.widget, allowedOrigins: [site.origin] } },
  );
  site.widgetOrigin = service.base;
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await service?.close();
});

async function visitSite(viewport: typeof desktop, locale: string, lang: string): Promise<Page> {
  const isPhone = viewport === phone;
  const context = await browser.newContext({ viewport, locale, isMobile: isPhone, hasTouch: isPhone });
  await context.route(/^https:\/\/www\.google\.com\//, (route) =>
    route.fulfill({ body: 'neutral page', contentType: 'text/html' }),
  );
  const page = await context.newPage();
  await page.goto(`${site.origin}/?lang=${lang}`);
  return page;
}

describe('the widget on another origin', () => {
  it('may be framed only by this server and the sites the practice allows', async () => {
    const chat = await fetch(`${service.base}/chat`);
    expect(chat.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${site.origin}`);
  });

  for (const [viewport, size, locale, lang, launcherName, closeName] of [
    [desktop, 'desktop', 'en-US', 'en', 'Contact us', 'Close the chat'],
    [phone, 'phone', 'es-MX', 'es', 'Contáctanos', 'Cerrar el chat'],
  ] as const) {
    it(`opens from a discreet launcher, greets, shows the emergency numbers and closes (${lang}, ${size})`, async () => {
      const page = await visitSite(viewport, locale, lang);
      const launcher = page.getByRole('button', { name: launcherName });
      await launcher.click();
      const frame = await chatFrame(page);
      await waitForField(frame, 'start');
      expect(await frame.title()).toMatch(/^(Contact us|Contáctanos) · Harbor Light Counseling$/);
      // The emergency number under the panel is compiled in and visible without scrolling.
      const emergency = frame.locator('.lines a[href="tel:911"]');
      await expect.poll(() => emergency.isVisible()).toBe(true);
      const box = await page.locator('iframe').boundingBox();
      expect(box !== null && box.y + box.height <= viewport.height + 1).toBe(true);
      await page.screenshot({ path: join(screenshotDir, `embed-${size}-${lang}.png`) });
      await frame.getByRole('button', { name: closeName }).click();
      await expect.poll(() => page.locator('iframe').isVisible()).toBe(false);
      await expect.poll(() => launcher.isVisible()).toBe(true);
      await page.context().close();
    });
  }

  it('reopens and continues the same conversation after the practice site is reloaded', async () => {
    const page = await visitSite(phone, 'en-US', 'en');
    await page.getByRole('button', { name: 'Contact us' }).click();
    let frame = await chatFrame(page);
    await waitForField(frame, 'start');
    await answer(frame, 'start');
    await answer(frame, 'yes');
    await waitForField(frame, 'whoFor');
    await page.reload();
    // The panel was open, so it opens again and reconnects: with the frame's own sessionStorage, or (as in this
    // private browser context, which refuses storage to a frame of another site) with what the launcher kept.
    frame = await chatFrame(page);
    await waitForField(frame, 'whoFor');
    await answer(frame, 'for myself');
    expect(await frame.locator('#webchat').getAttribute('data-field')).toBe('preferredName');
    await page.context().close();
  });

  it('leaves the practice site at once with the quick exit inside the frame', async () => {
    const page = await visitSite(phone, 'en-US', 'en');
    await page.getByRole('button', { name: 'Contact us' }).click();
    const frame = await chatFrame(page);
    await waitForField(frame, 'start');
    await frame.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(/google\.com/);
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain(site.origin);
    await page.context().close();
  });
});

describe('the pages around the widget', () => {
  it('shows the demo practice page with the launcher in place, and the install steps with the snippet', async () => {
    const context = await browser.newContext({ viewport: desktop, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${service.base}/`);
    await page.getByRole('button', { name: 'Contact us' }).click();
    await waitForField(await chatFrame(page), 'start');
    await page.screenshot({ path: join(screenshotDir, 'widget-desktop.png') });
    await page.goto(`${service.base}/embed`);
    expect(await page.locator('#snippet').textContent()).toBe(
      `<script src="${service.base}/widget.js" async></script>`,
    );
    await page.screenshot({ path: join(screenshotDir, 'embed-instructions.png'), fullPage: true });
    await context.close();
  });
});
