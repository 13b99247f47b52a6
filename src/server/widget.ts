// The widget demo: the page at `/`, Web Chat's bundle, and the page's settings and strings (no health data here).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';
import { z } from 'zod';
import { languageOf } from '../../dialogs/locale.js';
import type { PracticeSettings } from '../config.js';
import { supportedLanguages, translator } from '../i18n/index.js';
import { cspNonce } from './security-headers.js';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '../../web');
// The package's exports hide dist/; its main entry (lib/index.js) sits next to it.
const webChatBundle = join(
  dirname(createRequire(import.meta.url).resolve('botframework-webchat')),
  '../dist/webchat.js',
);

const widgetQuery = z.object({ lang: z.string().max(35).optional() });

/** The page's own words, in the visitor's language when the practice speaks it. */
function widgetStrings(language: string) {
  const t = translator(language);
  return {
    title: t('widget:title'),
    intro: t('widget:intro'),
    quickExit: t('widget:quickExit'),
    quickExitHint: t('widget:quickExitHint'),
    progress: t('widget:progress', { index: '{index}', total: '{total}' }),
    loading: t('widget:loading'),
    unavailable: t('widget:unavailable'),
    chatLabel: t('widget:chatLabel'),
  };
}

/** The pages a practice's site may frame (CSP frame-ancestors from `widget.allowedOrigins`). */
export const chatPagePaths: ReadonlySet<string> = new Set(['/']);

/** The chat page, read once; each response carries its own CSP nonce for the styles Web Chat injects. */
const chatPage = readFileSync(join(webRoot, 'index.html'), 'utf8');
const noncePlaceholder = '__CSP_NONCE__';

export function widgetRouter(practice: PracticeSettings): Router {
  const router = express.Router();
  router.get('/', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(chatPage.replaceAll(noncePlaceholder, cspNonce(res)));
  });
  router.use('/web', express.static(webRoot, { index: false, maxAge: '1h' }));
  router.get('/webchat/webchat.js', (_req, res) => {
    res.sendFile(webChatBundle, { maxAge: '1d' });
  });
  router.get('/api/widget/config', (req, res) => {
    const query = widgetQuery.safeParse(req.query);
    const wanted = languageOf((query.success ? query.data.lang : undefined) ?? '');
    const language =
      practice.languages.includes(wanted as never) && (supportedLanguages as readonly string[]).includes(wanted)
        ? wanted
        : practice.defaultLanguage;
    res.json({
      practiceName: practice.name,
      primaryColor: practice.widget.primaryColor,
      avatarUrl: practice.widget.avatarUrl ?? null,
      language,
      strings: widgetStrings(language),
    });
  });
  return router;
}
