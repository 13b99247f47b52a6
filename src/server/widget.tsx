// The widget: the embed script (/widget.js), the chat panel it frames (/chat), a demo practice page (/), the install
// steps (/embed), Web Chat's bundle and the static assets. No health data passes here.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Router } from 'express';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { PracticeSettings } from '../config.js';
import { intakeOptionsFrom } from '../conversation/intake-options.js';
import { minutesForWholeIntake } from '../conversation/progress.js';
import { translator } from '../i18n/index.js';
import { cspNonce } from './security-headers.js';
import { ChatPage } from './widget/chat-page.js';
import { emergencyLines } from './widget/emergency-lines.js';
import { pageLocale } from './widget/language.js';
import { launcherScript, readLauncherTemplate } from './widget/launcher.js';
import { DemoPage, EmbedPage } from './widget/site-pages.js';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '../../web');
// The package's exports hide dist/; its main entry (lib/index.js) sits next to it.
const webChatBundle = join(
  dirname(createRequire(import.meta.url).resolve('botframework-webchat')),
  '../dist/webchat.js',
);

/** The pages a practice's site may frame (CSP frame-ancestors from `widget.allowedOrigins`): the chat panel only. */
export const chatPagePaths: ReadonlySet<string> = new Set(['/chat']);

export interface WidgetOptions {
  /** PUBLIC_URL: the address the install steps give out; else the address this request came to. */
  publicUrl?: string | undefined;
}

const html = (page: VNode) => `<!doctype html>${renderToString(page)}`;

export function widgetRouter(practice: PracticeSettings, options: WidgetOptions = {}): Router {
  const router = express.Router();
  const launcher = launcherScript(readLauncherTemplate(join(webRoot, 'launcher.js')), practice);
  // The intro says the same length as the progress bar's first "minutes left".
  const minutes = minutesForWholeIntake(intakeOptionsFrom(practice));
  const originOf = (req: Request) => (options.publicUrl ?? `${req.protocol}://${req.get('host')}`).replace(/\/+$/, '');

  router.get('/chat', (req, res) => {
    const locale = pageLocale(req, practice);
    const t = translator(locale.language);
    const lines = emergencyLines(locale.country, t);
    res.setHeader('Cache-Control', 'no-store');
    res
      .type('html')
      .send(
        html(
          <ChatPage practice={practice} locale={locale} lines={lines} nonce={cspNonce(res)} t={t} minutes={minutes} />,
        ),
      );
  });
  router.get('/', (req, res) => {
    const { language } = pageLocale(req, practice);
    res.setHeader('Cache-Control', 'no-store');
    const embedUrl = `${originOf(req)}/embed`;
    res
      .type('html')
      .send(html(<DemoPage practice={practice} language={language} t={translator(language)} embedUrl={embedUrl} />));
  });
  router.get('/embed', (req, res) => {
    const { language } = pageLocale(req, practice);
    res.setHeader('Cache-Control', 'no-store');
    res
      .type('html')
      .send(
        html(<EmbedPage practice={practice} language={language} t={translator(language)} origin={originOf(req)} />),
      );
  });
  router.get('/widget.js', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('text/javascript').send(launcher);
  });
  router.use('/web', express.static(webRoot, { index: false, maxAge: '1h' }));
  router.get('/webchat/webchat.js', (_req, res) => {
    res.sendFile(webChatBundle, { maxAge: '1d' });
  });
  return router;
}
