// Signing in to the dashboard: the setup link (choose a password), email and password, then the second factor (TOTP
// enrolment the first time, with recovery codes shown once), and signing out. Each step is rate limited per address;
// the account's own lockout is the staff service's.
import { type Request, type Response, Router } from 'express';
import QRCode from 'qrcode';
import { z } from 'zod';
import { addressLimit } from '../../http/address-limit.js';
import { passwordRules } from '../auth/secrets.js';
import type { StaffService } from '../auth/staff-service.js';
import { enrolmentUri, isTotpSecret } from '../auth/totp.js';
import { InvalidLinkPage, MfaPage, RecoveryCodesPage, SetupPage, SignInPage } from '../pages/auth-pages.js';
import type { PageContext } from '../pages/page-context.js';
import { sendPage } from '../pages/render.js';
import { formBody, type PageDeps, pageContext } from './page-kit.js';
import { actorOf, addressOf, principalOf, readCookie, setSession, setTeamsSession } from './principal.js';

export interface AuthRouteDeps extends PageDeps {
  /** Shown in the authenticator app next to the account. */
  issuer: string;
  /** Sign-in attempts (password, code, setup) per address per 15 minutes. */
  attemptsPerAddress: number;
}

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(320),
  password: z.string().min(1).max(passwordRules.max),
  _csrf: z.string().optional(),
});

const codeSchema = z.object({
  code: z.string().trim().min(1).max(40),
  enrolling: z.string().max(200).optional(),
  _csrf: z.string().optional(),
});

const setupSchema = z.object({
  password: z.string().max(passwordRules.max),
  confirm: z.string().max(passwordRules.max),
  username: z.string().optional(),
  _csrf: z.string().optional(),
});

const tokenParam = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/);

const lockedMessage = (page: PageContext, until: string) =>
  page.t('review:signIn.locked', {
    minutes: Math.max(1, Math.ceil((new Date(until).getTime() - Date.now()) / 60_000)),
  });

async function enrolment(staff: StaffService, issuer: string, email: string, secret?: string) {
  const key = secret && isTotpSecret(secret) ? secret : staff.newEnrolment();
  const qrDataUrl = await QRCode.toDataURL(enrolmentUri(key, email, issuer), { margin: 1, width: 220 });
  return { secret: key, qrDataUrl };
}

export function authRoutes(deps: AuthRouteDeps): Router {
  const { staff, cookie, issuer } = deps;
  const router = Router();
  const attempts = addressLimit({ limit: deps.attemptsPerAddress, windowMs: 15 * 60_000 });

  /** The session waiting for its second factor, if the cookie holds one. */
  const waitingSession = async (req: Request) => {
    const id = readCookie(req, cookie.name);
    const open = id ? await staff.session(id) : undefined;
    return id && open?.session.stage === 'password' ? { id, account: open.account } : undefined;
  };

  const showSignIn = async (req: Request, res: Response, status = 200, problem?: string, email = '') => {
    const page = pageContext(req, res, deps);
    const showFirstAdmin = (await staff.list()).length === 0;
    const notice =
      problem ??
      (req.query.expired === '1' ? page.t('review:signIn.expired') : undefined) ??
      (req.query.done === 'signed-out' ? page.t('review:signIn.signedOut') : undefined);
    res.setHeader('Cache-Control', 'no-store');
    sendPage(res, <SignInPage page={page} problem={notice} email={email} showFirstAdmin={showFirstAdmin} />, status);
  };

  router.get('/review/sign-in', async (req, res) => {
    if (await principalOf(req, staff, cookie, { tokens: false })) return res.redirect(303, '/review');
    await showSignIn(req, res);
  });

  router.post('/review/sign-in', attempts, deps.csrf.protect, async (req, res) => {
    const body = formBody(signInSchema, req);
    const result = await staff.signIn(body.email, body.password, addressOf(req));
    if (result.ok) {
      setSession(res, cookie, result.sessionId);
      return res.redirect(303, '/review/mfa');
    }
    const page = pageContext(req, res, deps);
    const problem =
      result.reason === 'locked' ? lockedMessage(page, result.until) : page.t(`review:signIn.${result.reason}`);
    await showSignIn(req, res, 401, problem, body.email);
  });

  router.get('/review/mfa', async (req, res) => {
    const waiting = await waitingSession(req);
    if (!waiting) return res.redirect(303, '/review/sign-in?expired=1');
    const page = pageContext(req, res, deps);
    const enrol = waiting.account.totpEnrolled ? undefined : await enrolment(staff, issuer, waiting.account.email);
    sendPage(res, <MfaPage page={page} enrolment={enrol} />);
  });

  router.post('/review/mfa', attempts, deps.csrf.protect, async (req, res) => {
    const waiting = await waitingSession(req);
    if (!waiting) return res.redirect(303, '/review/sign-in?expired=1');
    const body = formBody(codeSchema, req);
    const enrolling = waiting.account.totpEnrolled ? undefined : body.enrolling;
    const result = await staff.secondFactor(waiting.id, body.code, addressOf(req), enrolling);
    if (result.ok) {
      setSession(res, cookie, result.sessionId);
      if (!result.recoveryCodes) return res.redirect(303, '/review');
      // Shown once, in this response; the page has no form, so the token of the ended session is not needed.
      const page = { ...pageContext(req, res, deps), account: undefined };
      return sendPage(res, <RecoveryCodesPage page={page} codes={result.recoveryCodes} />);
    }
    if (result.reason === 'expired') return res.redirect(303, '/review/sign-in?expired=1');
    const page = pageContext(req, res, deps);
    const problem = result.reason === 'locked' ? lockedMessage(page, result.until) : page.t('review:mfa.invalid');
    const enrol = enrolling ? await enrolment(staff, issuer, waiting.account.email, enrolling) : undefined;
    sendPage(res, <MfaPage page={page} enrolment={enrol} problem={problem} />, 401);
  });

  router.get('/review/setup/:token', async (req, res) => {
    const page = pageContext(req, res, deps);
    const token = tokenParam.safeParse(req.params.token);
    const account = token.success ? await staff.setupAccount(token.data) : undefined;
    if (!token.success || !account) return sendPage(res, <InvalidLinkPage page={page} />, 404);
    sendPage(res, <SetupPage page={page} email={account.email} token={token.data} minLength={passwordRules.min} />);
  });

  router.post('/review/setup/:token', attempts, deps.csrf.protect, async (req, res) => {
    const page = pageContext(req, res, deps);
    const token = tokenParam.safeParse(req.params.token);
    const account = token.success ? await staff.setupAccount(token.data) : undefined;
    if (!token.success || !account) return sendPage(res, <InvalidLinkPage page={page} />, 404);
    const body = formBody(setupSchema, req);
    const again = (problem: string) =>
      sendPage(
        res,
        <SetupPage
          page={page}
          email={account.email}
          token={token.data}
          minLength={passwordRules.min}
          problem={problem}
        />,
        400,
      );
    if (body.password !== body.confirm) return again(page.t('review:setup.mismatch'));
    if (body.password.length < passwordRules.min)
      return again(page.t('review:setup.tooShort', { min: passwordRules.min }));
    const sessionId = await staff.completeSetup(token.data, body.password, addressOf(req));
    if (!sessionId) return sendPage(res, <InvalidLinkPage page={page} />, 404);
    setSession(res, cookie, sessionId);
    res.redirect(303, '/review/mfa');
  });

  router.post('/review/sign-out', deps.csrf.protect, async (req, res) => {
    const principal = await principalOf(req, staff, cookie, { tokens: false });
    if (principal?.session) await staff.signOut(principal.session.id, actorOf(principal, req));
    setSession(res, cookie, null);
    if (readCookie(req, cookie.teamsName)) setTeamsSession(res, cookie, null);
    res.redirect(303, '/review/sign-in?done=signed-out');
  });

  return router;
}
