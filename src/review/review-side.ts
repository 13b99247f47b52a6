// The practice's side assembled from the settings: staff accounts under the practice's session limits, the review
// actions with their exports, CSRF, and the router that serves the staff API and the dashboard.
import { Router } from 'express';
import type { IntakeOptions } from '../../dialogs/intake-options.js';
import type { Environment, PracticeSettings } from '../config.js';
import { persistentKey } from '../data-keys.js';
import type { Logger } from '../logging.js';
import type { IntakeStore } from '../store/types.js';
import { teamsJsPath, teamsSsoRouter } from '../teams/sso-router.js';
import { teamsSsoSettings } from '../teams/sso-settings.js';
import { SsoTokenVerifier } from '../teams/sso-token.js';
import { defaultPolicy, StaffService } from './auth/staff-service.js';
import { reviewExports } from './exports.js';
import { createCsrf } from './http/csrf.js';
import { sessionCookie } from './http/principal.js';
import { reviewRouter } from './http/review-router.js';
import { ReviewService } from './review-service.js';

export interface ReviewSide {
  router: Router;
  staff: StaffService;
  reviews: ReviewService;
}

export function createReviewSide(deps: {
  env: Environment;
  practice: PracticeSettings;
  options: IntakeOptions;
  store: IntakeStore;
  logger: Logger;
}): ReviewSide {
  const { env, practice, store } = deps;
  const staff = new StaffService(store, {
    ...defaultPolicy,
    idleMinutes: practice.staffSessions.idleMinutes,
    absoluteHours: practice.staffSessions.absoluteHours,
  });
  const exports = reviewExports(deps.options);
  const reviews = new ReviewService(store, exports);
  const cookie = sessionCookie(env.PUBLIC_URL);
  const csrf = createCsrf(persistentKey(env.DATABASE_URL, 'csrf.key', env.CSRF_SECRET), cookie);
  const sso = teamsSsoSettings(env, practice);
  const teams = teamsSsoRouter({
    staff,
    cookie,
    verifier: sso ? new SsoTokenVerifier(sso) : undefined,
    logger: deps.logger.child({ component: 'teams-sso' }),
    attemptsPerAddress: env.RATE_LIMIT_SIGN_IN,
  });
  const review = reviewRouter({
    staff,
    reviews,
    cookie,
    csrf,
    logger: deps.logger.child({ component: 'review' }),
    timeZone: practice.timeZone,
    issuer: practice.name,
    publicUrl: env,
    questionnaire: exports.questionnaire,
    attemptsPerAddress: env.RATE_LIMIT_SIGN_IN,
    teamsSignIn: sso ? { teamsJs: teamsJsPath } : undefined,
    store,
  });
  const router = Router();
  router.use(teams, review);
  return { router, staff, reviews };
}
