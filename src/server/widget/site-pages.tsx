// Two plain pages around the chat: a demo practice home page with the launcher in place, and the install steps.
import type { ComponentChildren } from 'preact';
import type { PracticeSettings } from '../../config.js';
import type { Translate } from '../../i18n/index.js';

interface SitePageProps {
  practice: PracticeSettings;
  language: string;
  t: Translate;
}

function SitePage({ language, title, children }: { language: string; title: string; children: ComponentChildren }) {
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/web/site.css" />
      </head>
      <body>{children}</body>
    </html>
  );
}

/** The snippet a practice pastes into its site: one script, loaded without blocking the page. */
export const embedSnippet = (origin: string) => `<script src="${origin}/widget.js" async></script>`;

export function DemoPage({ practice, language, t, embedUrl }: SitePageProps & { embedUrl: string }) {
  return (
    <SitePage language={language} title={practice.name}>
      <header class="site-header">
        <p class="site-name">{t('widget:demo.title', { practice: practice.name })}</p>
      </header>
      <main class="site-main">
        <h1>{t('widget:demo.tagline')}</h1>
        <h2>{t('widget:demo.aboutHeading')}</h2>
        <p>{t('widget:demo.about')}</p>
        <h2>{t('widget:demo.howHeading')}</h2>
        <p>{t('widget:demo.how', { phone: practice.phone, email: practice.email })}</p>
        <p class="note">{t('widget:demo.note', { embedUrl })}</p>
      </main>
      <script src="/widget.js" async />
    </SitePage>
  );
}

export function EmbedPage({ practice, language, t, origin }: SitePageProps & { origin: string }) {
  const allowed = practice.widget.allowedOrigins;
  return (
    <SitePage language={language} title={`${t('widget:embed.title')} · ${practice.name}`}>
      <main class="site-main">
        <h1>{t('widget:embed.title')}</h1>
        <p>{t('widget:embed.intro')}</p>
        <pre>
          <code id="snippet">{embedSnippet(origin)}</code>
        </pre>
        <h2>{t('widget:embed.originsHeading')}</h2>
        <p>{t('widget:embed.origins')}</p>
        <p>
          {t('widget:embed.allowedNow')} {allowed.length > 0 ? allowed.join(', ') : t('widget:embed.noneAllowed')}
        </p>
        <h2>{t('widget:embed.lookHeading')}</h2>
        <p>{t('widget:embed.look')}</p>
        <h2>{t('widget:embed.safetyHeading')}</h2>
        <p>{t('widget:embed.safety')}</p>
        <p>
          <a href="/">{t('widget:embed.demoLink')}</a>
        </p>
      </main>
    </SitePage>
  );
}
