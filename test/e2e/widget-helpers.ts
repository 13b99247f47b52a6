// Helpers for the widget's browser tests: a page on another origin with the embed snippet, the chat's open question
// (from its data attributes), answers typed with the keyboard, and screenshots for the README.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };
export const screenshotDir = join(import.meta.dirname, '../../docs/screenshots');

/** A practice's own site on another origin: one page, its only script the embed snippet. */
export interface PracticeSite {
  origin: string;
  /** Where the snippet loads the widget from (known once the widget's server listens). */
  widgetOrigin: string;
  close: () => Promise<void>;
}

export async function startPracticeSite(): Promise<PracticeSite> {
  const site = { widgetOrigin: '' } as PracticeSite;
  const server: Server = createServer((req, res) => {
    const lang = new URL(req.url ?? '/', 'http://x').searchParams.get('lang') === 'es' ? 'es' : 'en';
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Willow Street Therapy</title></head>
<body style="font-family: Georgia, serif; margin: 0"><header style="background:#5b3a29;color:#fff;padding:1rem 1.5rem">
<strong>Willow Street Therapy</strong></header><main style="padding:1.5rem;max-width:40rem">
<h1>${lang === 'es' ? 'Bienvenida' : 'Welcome'}</h1><p>${lang === 'es' ? 'Una página de otra consulta.' : 'A page on the practice’s own website.'}</p></main>
<script src="${site.widgetOrigin}/widget.js" async></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  site.origin = `http://localhost:${port}`;
  site.close = () => new Promise((resolve) => server.close(() => resolve()));
  return site;
}

type Surface = Page | Frame;

export const openField = (surface: Surface) => surface.locator('#webchat').getAttribute('data-field');

export async function waitForField(surface: Surface, field: string, timeout = 20_000) {
  await expect.poll(() => openField(surface), { timeout }).toBe(field);
}

/** Types into the send box and sends with Enter, as a person with a keyboard does. */
export async function send(surface: Surface, text: string) {
  const box = surface.getByRole('textbox').last();
  await box.fill(text);
  await box.press('Enter');
}

/** Answers the open question by typing and waits until the next one is asked. */
export async function answer(surface: Surface, text: string) {
  const field = await openField(surface);
  await send(surface, text);
  await expect.poll(() => openField(surface), { timeout: 20_000 }).not.toBe(field);
}

/** The element lies entirely within the visible window (the first screen, without scrolling). */
export async function isOnFirstScreen(page: Page, target: string | Locator, frame?: Frame): Promise<boolean> {
  const locator = typeof target === 'string' ? (frame ?? page).locator(target) : target;
  const box = await locator.first().boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

export const chatFrame = async (page: Page): Promise<Frame> => {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/chat')), { timeout: 20_000 }).toBe(true);
  return page.frames().find((f) => f.url().includes('/chat')) as Frame;
};
