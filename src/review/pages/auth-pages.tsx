// Sign-in, the one-time setup link, the second factor (with TOTP enrolment the first time) and the recovery codes.
import { CsrfField, Layout, Notice } from './layout.js';
import type { PageContext } from './page-context.js';

export function SignInPage({
  page,
  problem,
  email = '',
  showFirstAdmin,
}: {
  page: PageContext;
  problem?: string | undefined;
  email?: string;
  showFirstAdmin: boolean;
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t('review:signIn.heading')}>
      <div class="narrow">
        <h1>{t('review:signIn.heading')}</h1>
        {problem && <Notice kind="error">{problem}</Notice>}
        <form method="post" action="/review/sign-in" class="stack">
          <CsrfField csrf={page.csrf} />
          <label for="email">{t('review:signIn.email')}</label>
          <input id="email" name="email" type="email" autocomplete="username" required value={email} autofocus />
          <label for="password">{t('review:signIn.password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <button type="submit">{t('review:signIn.submit')}</button>
        </form>
        {showFirstAdmin && (
          <p class="hint">
            {t('review:signIn.firstAdminIntro')} <code>{t('review:signIn.firstAdminCommand')}</code>
          </p>
        )}
      </div>
    </Layout>
  );
}

export function SetupPage({
  page,
  email,
  token,
  minLength,
  problem,
}: {
  page: PageContext;
  email: string;
  token: string;
  minLength: number;
  problem?: string | undefined;
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t('review:setup.heading')}>
      <div class="narrow">
        <h1>{t('review:setup.heading')}</h1>
        <p>{t('review:setup.intro', { email, min: minLength })}</p>
        {problem && <Notice kind="error">{problem}</Notice>}
        <form method="post" action={`/review/setup/${encodeURIComponent(token)}`} class="stack">
          <CsrfField csrf={page.csrf} />
          <input type="text" name="username" autocomplete="username" value={email} hidden readonly />
          <label for="password">{t('review:setup.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            minlength={minLength}
            maxlength={200}
            required
            autofocus
          />
          <label for="confirm">{t('review:setup.confirm')}</label>
          <input id="confirm" name="confirm" type="password" autocomplete="new-password" required />
          <button type="submit">{t('review:setup.submit')}</button>
        </form>
      </div>
    </Layout>
  );
}

export function InvalidLinkPage({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('review:setup.heading')}>
      <div class="narrow">
        <h1>{t('review:setup.heading')}</h1>
        <Notice kind="error">{t('review:setup.invalidLink')}</Notice>
        <p>
          <a href="/review/sign-in">{t('review:signIn.heading')}</a>
        </p>
      </div>
    </Layout>
  );
}

export interface Enrolment {
  secret: string;
  /** The QR code of the otpauth URI, as a data: URL made by the server. */
  qrDataUrl: string;
}

export function MfaPage({
  page,
  enrolment,
  problem,
}: {
  page: PageContext;
  enrolment?: Enrolment | undefined;
  problem?: string | undefined;
}) {
  const { t } = page;
  const heading = enrolment ? t('review:mfa.enrolHeading') : t('review:mfa.heading');
  return (
    <Layout page={page} title={heading}>
      <div class="narrow">
        <h1>{heading}</h1>
        {problem && <Notice kind="error">{problem}</Notice>}
        {enrolment && (
          <>
            <p>{t('review:mfa.enrolIntro')}</p>
            <img class="qr" src={enrolment.qrDataUrl} alt={t('review:mfa.qrAlt')} width={220} height={220} />
            <p>
              {t('review:mfa.manualKey')}{' '}
              <code class="secret">{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
            </p>
          </>
        )}
        <form method="post" action="/review/mfa" class="stack">
          <CsrfField csrf={page.csrf} />
          {enrolment && <input type="hidden" name="enrolling" value={enrolment.secret} />}
          <label for="code">{enrolment ? t('review:mfa.enrolCode') : t('review:mfa.code')}</label>
          <input
            id="code"
            name="code"
            type="text"
            inputmode={enrolment ? 'numeric' : 'text'}
            autocomplete="one-time-code"
            maxlength={40}
            required
            autofocus
          />
          <button type="submit">{t('review:mfa.submit')}</button>
        </form>
      </div>
    </Layout>
  );
}

export function RecoveryCodesPage({ page, codes }: { page: PageContext; codes: readonly string[] }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('review:mfa.codesHeading')}>
      <div class="narrow">
        <h1>{t('review:mfa.codesHeading')}</h1>
        <p>{t('review:mfa.codesIntro')}</p>
        <ol class="codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <p>
          <a class="button" href="/review">
            {t('review:mfa.continue')}
          </a>
        </p>
      </div>
    </Layout>
  );
}

/** A page-level problem: forbidden, not found, an expired form. */
export function ProblemPage({ page, title, message }: { page: PageContext; title: string; message: string }) {
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <Notice kind="error">{message}</Notice>
      <p>
        <a href="/review">{page.t('review:nav.queue')}</a>
      </p>
    </Layout>
  );
}
