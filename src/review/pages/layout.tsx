// The frame of every dashboard page: language, skip link, navigation for the signed-in, one <main> landmark.
import type { ComponentChildren } from 'preact';
import type { PageContext } from './page-context.js';

export function CsrfField({ csrf }: { csrf: string }) {
  return <input type="hidden" name="_csrf" value={csrf} />;
}

function Navigation({ page }: { page: PageContext }) {
  const { t, account } = page;
  if (!account) return null;
  return (
    <nav aria-label={t('review:nav.label')}>
      <ul class="nav">
        <li>
          <a href="/review">{t('review:nav.queue')}</a>
        </li>
        {account.role !== 'front-desk' && (
          <li>
            <a href="/review/insights">{t('review:nav.insights')}</a>
          </li>
        )}
        {account.role === 'admin' && (
          <>
            <li>
              <a href="/review/audit">{t('review:nav.audit')}</a>
            </li>
            <li>
              <a href="/review/staff">{t('review:nav.staff')}</a>
            </li>
          </>
        )}
      </ul>
      <p class="who">{t('review:nav.signedInAs', { email: account.email, role: t(`review:roles.${account.role}`) })}</p>
      <form method="post" action="/review/sign-out" class="inline">
        <CsrfField csrf={page.csrf} />
        <button type="submit" class="link-button">
          {t('review:nav.signOut')}
        </button>
      </form>
    </nav>
  );
}

function LanguageSwitch({ page }: { page: PageContext }) {
  const other = page.language === 'es' ? 'en' : 'es';
  return (
    <a class="language" href={`${page.path}?lang=${other}`} hreflang={other} lang={other}>
      {page.t(`review:languages.${other}`)}
    </a>
  );
}

export function Layout({
  page,
  title,
  children,
  wide = false,
}: {
  page: PageContext;
  title: string;
  children: ComponentChildren;
  wide?: boolean;
}) {
  const { t } = page;
  return (
    <html lang={page.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} · ${t('review:title')}`}</title>
        <link rel="stylesheet" href="/review/assets/review.css" />
      </head>
      <body>
        <a class="skip" href="#main">
          {t('review:skip')}
        </a>
        <header class="top">
          <p class="brand">
            <a href="/review">{t('review:title')}</a>
          </p>
          <Navigation page={page} />
          <LanguageSwitch page={page} />
        </header>
        <main id="main" tabindex={-1} class={wide ? 'wide' : undefined}>
          {children}
        </main>
      </body>
    </html>
  );
}

/** A message above a form or a page: `role="alert"` for problems, `status` for confirmations. */
export function Notice({ kind, children }: { kind: 'error' | 'ok' | 'warning'; children: ComponentChildren }) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'ok' ? 'status' : 'alert'}>
      {children}
    </div>
  );
}
