// Keyboard-only moves through the chat panel: Tab to the send box or to a suggested action, and Shift+Tab from the send
// box into the open question's card (the chat history itself stays one Tab stop, as Web Chat makes it).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openField } from './widget-helpers.js';

const active = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      className: String(element?.className ?? ''),
      name: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim(),
      tag: element?.tagName ?? '',
    };
  });

async function tabUntil(
  page: Page,
  key: 'Tab' | 'Shift+Tab',
  found: (a: Awaited<ReturnType<typeof active>>) => boolean,
) {
  for (let presses = 0; presses < 40; presses++) {
    if (found(await active(page))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`nothing matched after 40 presses of ${key}; focus is on ${JSON.stringify(await active(page))}`);
}

const isSendBox = (a: { className: string }) => a.className.includes('webchat__send-box-text-box__input');

async function waitForNext(page: Page, field: string | null) {
  await expect.poll(() => openField(page), { timeout: 20_000 }).not.toBe(field);
}

/** Types an answer into the send box, reached with Tab, and sends it with Enter. */
export async function typeAnswer(page: Page, text: string) {
  const field = await openField(page);
  await tabUntil(page, 'Tab', isSendBox);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await waitForNext(page, field);
}

/** Picks a suggested action with Tab and Enter. */
export async function pickChoice(page: Page, title: string) {
  const field = await openField(page);
  await tabUntil(page, 'Tab', isSendBox);
  await tabUntil(page, 'Shift+Tab', (a) => a.className.includes('webchat__suggested-action') && a.name === title);
  await page.keyboard.press('Enter');
  await waitForNext(page, field);
}

/** Shift+Tab from the send box into the open question's card, ticks options with Space, Tabs to its button, Enter. */
export async function tickOptions(page: Page, titles: readonly string[], send: string) {
  const field = await openField(page);
  await tabUntil(page, 'Tab', isSendBox);
  await page.keyboard.press('Shift+Tab');
  const first = await active(page);
  expect(['INPUT', 'BUTTON'], `Shift+Tab from the send box went to ${JSON.stringify(first)}`).toContain(first.tag);
  const wanted = new Set(titles.map((title) => title.toLowerCase()));
  for (let presses = 0; presses < 40; presses++) {
    const now = await active(page);
    if (now.tag === 'BUTTON' && now.name === send) break;
    if (now.tag === 'INPUT' && wanted.has(now.name.toLowerCase())) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  expect((await active(page)).name).toBe(send);
  await page.keyboard.press('Enter');
  await waitForNext(page, field);
}
