// A reload, a duplicated tab or a new tab of the same site continues the same conversation with its history; the
// browser keeps only ids, a token and the resume secret (never text); "start over" and "clear" really forget it.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';
import { launchChromium } from './browser.js';
import { answer, desktop, openField, phone, screenshotDir, send, waitForField } from './widget-helpers.js';

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

const held = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('intake.conversation') ?? 'null')) as Promise<Record<
    string,
    string
  > | null>;

async function startChat(locale = 'en-US') {
  const context = await browser.newContext({ viewport: phone, locale, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${service.base}/chat`);
  await waitForField(page, 'start');
  await answer(page, 'start');
  await answer(page, 'yes');
  await waitForField(page, 'whoFor');
  return { context, page };
}

describe('resuming the conversation', () => {
  it('continues after a reload with its history, keeping only ids and proofs in the tab', async () => {
    const { context, page } = await startChat();
    const before = await held(page);
    expect(Object.keys(before ?? {}).sort()).toEqual(['conversationId', 'resumeSecret', 'token', 'userId']);
    // The tab keeps that one entry and nothing else; with its random ids, token and secret taken out (a random id may
    // spell "yes"), no word of the conversation is left in storage.
    const stored = await page.evaluate(() => ({ ...sessionStorage }));
    expect(Object.keys(stored)).toEqual(['intake.conversation']);
    let rest = JSON.stringify(stored);
    for (const value of Object.values(before ?? {})) rest = rest.replaceAll(value, '');
    expect(rest).not.toMatch(/Who are you looking for|therapy|yes/i);

    await page.reload();
    await waitForField(page, 'whoFor');
    expect((await held(page))?.conversationId).toBe(before?.conversationId);
    // The earlier replies come back from the bot's stored replies: the welcome is still there to read.
    await expect.poll(() => page.getByText('Shall we start?').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await answer(page, 'for myself');
    expect(await openField(page)).toBe('preferredName');
    await context.close();
  }, 90_000);

  it('joins the open conversation from a new tab of the same site, and clearing it forgets it in both', async () => {
    const { context, page } = await startChat();
    const conversationId = (await held(page))?.conversationId;
    const second = await context.newPage();
    await second.goto(`${service.base}/chat`);
    await waitForField(second, 'whoFor');
    expect((await held(second))?.conversationId).toBe(conversationId);

    await second.getByText('Options').click();
    await second.getByRole('button', { name: 'Clear this chat from this device' }).click();
    await expect.poll(() => second.getByText('This chat was cleared from this device.').count()).toBe(1);
    expect(await held(second)).toBeNull();
    await expect.poll(() => held(page)).toBeNull();
    await context.close();
  }, 90_000);

  it('starts a really new conversation with "start over"', async () => {
    const { context, page } = await startChat('es-ES');
    const first = (await held(page))?.conversationId;
    await page.getByText('Opciones').click();
    await page.getByRole('button', { name: 'Empezar de nuevo' }).click();
    await waitForField(page, 'start');
    const second = (await held(page))?.conversationId;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(await page.getByRole('textbox').last().getAttribute('placeholder')).toBe('Escribe tu respuesta aquí');
    await context.close();
  }, 90_000);

  it('continues after the server restarts, from the replies the bot stored', async () => {
    const { context, page } = await startChat();
    const conversationId = (await held(page))?.conversationId;
    await service.close();
    service = await startTestService({ DATABASE_URL: service.databaseUrl, PORT: String(service.port) });
    await page.reload();
    await waitForField(page, 'whoFor', 30_000);
    expect((await held(page))?.conversationId).toBe(conversationId);
    await context.close();
  }, 90_000);

  it('gives a code on "stop" that continues on another device, showing nothing earlier until it is entered', async () => {
    const { context, page } = await startChat();
    await answer(page, 'for myself');
    await waitForField(page, 'preferredName');
    await page.getByRole('textbox').last().fill('stop');
    await page.getByRole('textbox').last().press('Enter');
    const codeMessage = page.getByText(/Continue with a code/).last();
    await codeMessage.waitFor({ timeout: 20_000 });
    const code = /[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}/.exec((await codeMessage.textContent()) ?? '')?.[0];
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screenshotDir, 'stop-code-phone.png') });
    expect(code).toBeDefined();
    await context.close();

    // Another device: a fresh browser with nothing of the first one.
    const other = await browser.newContext({ viewport: phone, locale: 'en-US', isMobile: true, hasTouch: true });
    const device = await other.newPage();
    await device.goto(`${service.base}/chat`);
    await waitForField(device, 'start');
    expect(await device.getByText('Who is the therapy for?').count()).toBe(0);
    await device.getByText('Options').click();
    await device.getByRole('button', { name: 'Continue with a code' }).click();
    const input = device.getByLabel('Your code');
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    await input.fill('AAA-AAA-AAA-AAA');
    await device.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect.poll(() => device.locator('#code-error').textContent()).toMatch(/did not open a conversation/);
    await device.screenshot({ path: join(screenshotDir, 'resume-code-phone.png') });
    await input.fill(String(code).toLowerCase());
    await input.press('Enter');
    await waitForField(device, 'preferredName', 30_000);
    // The history is back, and the intake carries on where it stopped.
    await expect.poll(() => device.getByText(/Continue with a code/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const asked = device.getByText('What name would the person who needs care like us to use?');
    const askedBefore = await asked.count();
    await send(device, "I'm back");
    await expect.poll(() => asked.count(), { timeout: 20_000 }).toBeGreaterThan(askedBefore);
    await answer(device, 'Sam');
    expect(await openField(device)).not.toBe('preferredName');
    await other.close();
  }, 120_000);

  it('offers "Continue with a code" in Spanish on a desktop, and refuses a wrong code in Spanish', async () => {
    const context = await browser.newContext({ viewport: desktop, locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(`${service.base}/chat`);
    await waitForField(page, 'start');
    await page.getByText('Opciones').click();
    await page.getByRole('button', { name: 'Continuar con un código' }).click();
    const input = page.getByLabel('Tu código');
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    await input.fill('AAA-AAA-AAA-AAA');
    await input.press('Enter');
    await expect.poll(() => page.locator('#code-error').textContent()).toMatch(/no abrió ninguna conversación/);
    // Escape closes the form and gives focus back to the options.
    await input.press('Escape');
    expect(await page.locator('#code-form').isVisible()).toBe(false);
    await context.close();
  }, 60_000);
});
