// The practice's side as one router: the staff API and the dashboard pages with their stylesheet. Pages answer
// problems as pages (sign-in redirects, forbidden, expired forms), the API as JSON through the app's error handler.

import cookieParser from 'cookie-parser';
import express, { type ErrorRequestHandler, type Request, Router } from 'express';
import { HttpError } from '../../http/http-error.js';
import type { Logger } from '../../logging.js';
import type { IntakeStore } from '../../store/types.js';
import type { StaffService } from '../auth/staff-service.js';
import { ProblemPage } from '../pages/auth-pages.js';
import { sendPage } from '../pages/render.js';
import { TeamsSignInPage } from '../pages/teams-tab-page.js';
import type { ReviewService } from '../review-service.js';
import { adminRoutes } from './admin-routes.js';
import { staffApiRouter } from './api-router.js';
import { authRoutes } from './auth-routes.js';
import type { Csrf } from './csrf.js';
import { dashboardRoutes } from './dashboard-routes.js';
import { insightsApi, insightsPages } from './insights-routes.js';
import { type PageDeps, pageContext, SignInRequired } from './page-kit.js';
import { readCookie, type SessionCookie } from './principal.js';

export interface ReviewRouterDeps {
  staff: StaffService;
  reviews: ReviewService;
  cookie: SessionCookie;
  csrf: Csrf;
  logger: Logger;
  timeZone: string;
  issuer: string;
  publicUrl: { PUBLIC_URL?: string | undefined; PORT: number };
  questionnaire: () => object;
  attemptsPerAddress: number;
  /** The store, for the funnel's counters (insights-routes.tsx). */
  store?: IntakeStore | undefined;
  /** Teams single sign-on is set up: a page opened in the Teams tab signs in through Teams (teams-tab-page.tsx). */
  teamsSignIn?: { teamsJs: string } | undefined;
}

/** The Teams tab asked for the page (`?inTeams=1` in the manifest's URL), or the tab's session has just run out. */
const fromTeamsTab = (req: Request, cookie: SessionCookie) =>
  req.query.inTeams === '1' || readCookie(req, cookie.teamsName) !== undefined;

/** The dashboard's own stylesheet (and nothing else) is public: it says nothing about anyone. */
export const reviewAssetsPath = '/review/assets';
const assetsDirectory = new URL('../../../web/review/', import.meta.url).pathname;

function pageErrors(deps: PageDeps & Pick<ReviewRouterDeps, 'teamsSignIn'>, logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof SignInRequired && deps.teamsSignIn && fromTeamsTab(req, deps.cookie)) {
      const page = pageContext(req, res, deps);
      return sendPage(res, <TeamsSignInPage page={page} teamsJs={deps.teamsSignIn.teamsJs} />);
    }
    if (error instanceof SignInRequired) {
      return res.redirect(303, error.expired ? '/review/sign-in?expired=1' : '/review/sign-in');
    }
    const page = pageContext(req, res, deps, res.locals.principal?.account);
    const csrfFailure = (error as { code?: unknown } | null)?.code === 'csrf';
    const status = csrfFailure ? 403 : error instanceof HttpError ? error.status : 500;
    if (status >= 500) logger.error({ route: req.route?.path, err: { name: (error as Error)?.name } }, 'page failed');
    const message = csrfFailure
      ? page.t('review:errors.csrf')
      : status === 403
        ? page.t('review:errors.forbidden')
        : status === 429
          ? page.t('review:signIn.limited')
          : status < 500
            ? page.t('review:errors.invalid')
            : page.t('review:errors.failed');
    if (error instanceof HttpError)
      for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
    sendPage(res, <ProblemPage page={page} title={page.t('review:errors.title')} message={message} />, status);
  };
}

export function reviewRouter(deps: ReviewRouterDeps): Router {
  const router = Router();
  router.use(reviewAssetsPath, express.static(assetsDirectory, { index: false, fallthrough: false, maxAge: '1h' }));

  // csrf-csrf reads its cookie from req.cookies.
  router.use(cookieParser());
  router.use(staffApiRouter(deps));
  if (deps.store) router.use(insightsApi({ ...deps, store: deps.store }));

  const pages = Router();
  pages.use('/review', express.urlencoded({ extended: false, limit: '32kb', parameterLimit: 50 }));
  pages.use(authRoutes(deps));
  pages.use(dashboardRoutes(deps));
  pages.use(adminRoutes(deps));
  if (deps.store) pages.use(insightsPages({ ...deps, store: deps.store }));
  // Under /review only: every other path goes on to the rest of the app untouched.
  pages.use('/review', (_req, _res, next) => next(new HttpError(404, 'Not found.')));
  pages.use('/review', pageErrors(deps, deps.logger));
  router.use(pages);
  return router;
}
