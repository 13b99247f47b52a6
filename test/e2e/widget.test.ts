// The widget as a person uses it: real Web Chat in Chromium, over the local Direct Line, against the real server.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';
import { launchChromium } from './browser.js';

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

async function openWidget(locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  // The quick exit leaves for a neutral site; nothing leaves this machine in tests.
  await context.route(/^https:\/\/www\.google\.com\//, (route) =>
    route.fulfill({ body: 'neutral page', contentType: 'text/html' }),
  );
  await page.goto(service.base);
  return page;
}

async function send(page: Page, text: string) {
  const box = page.getByRole('textbox').last();
  await box.fill(text);
  await box.press('Enter');
}

describe('the chat widget', () => {
  it('welcomes, takes taps and typing, and shows progress', async () => {
    const page = await openWidget();
    await expect.poll(() => page.getByText('Shall we start?').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: "Let's start" }).first().click();
    await expect
      .poll(() => page.getByText('may Harbor Light Counseling store your answers').count())
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Yes', exact: true }).first().click();
    await expect.poll(() => page.getByText('Who are you looking for therapy for?').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#progress-label').textContent()).toBe('Step 3 of 11');
    await send(page, 'for myself');
    await expect.poll(() => page.getByText('What name would the person').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows crisis help with call buttons the moment risk is typed', async () => {
    const page = await openWidget();
    await expect.poll(() => page.getByText('Shall we start?').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await send(page, 'I want to kill myself');
    await expect.poll(() => page.getByText(/988 Suicide & Crisis Lifeline/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/Emergency services: call 911/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('button', { name: /Call 988/ }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('speaks Spanish to a Spanish browser', async () => {
    const page = await openWidget('es-ES');
    await expect.poll(() => page.locator('#quick-exit').textContent(), { timeout: 20_000 }).toBe('Salida rápida');
    await expect
      .poll(() => page.getByRole('button', { name: 'Empezar' }).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.context().close();
  });

  it('leaves at once with the quick exit, and the back button does not return to the chat', async () => {
    const page = await openWidget();
    await expect.poll(() => page.getByText('Shall we start?').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(/google\.com/);
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain(service.base);
    await page.context().close();
  });

  it('is reachable by keyboard and has no accessibility violations on the page around the chat', async () => {
    const page = await openWidget();
    await expect.poll(() => page.getByText('Shall we start?').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.className')).toBe('skip-link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.id')).toBe('quick-exit');
    const results = await new AxeBuilder({ page }).exclude('#webchat').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.context().close();
  });
});
