// The practice's side assembled from the settings: staff accounts under the practice's session limits, the review
// actions with their exports, CSRF, and the router that serves the staff API and the dashboard.
import type { Router } from 'express';
import type { IntakeOptions } from '../../dialogs/intake-options.js';
import type { Environment, PracticeSettings } from '../config.js';
import { persistentKey } from '../data-keys.js';
import type { Logger } from '../logging.js';
import type { IntakeStore } from '../store/types.js';
import { defaultPolicy, StaffService } from './auth/staff-service.js';
import { reviewExports } from './exports.js';
import { createCsrf } from './http/csrf.js';
import { type SessionCookie, sessionCookie } from './http/principal.js';
import { reviewRouter } from './http/review-router.js';
import { ReviewService } from './review-service.js';

export interface ReviewSide {
  router: Router;
  staff: StaffService;
  reviews: ReviewService;
  /** The staff session cookie (Teams sign-in sets the same one). */
  cookie: SessionCookie;
}

export function createReviewSide(deps: {
  env: Environment;
  practice: PracticeSettings;
  options: IntakeOptions;
  store: IntakeStore;
  logger: Logger;
  /** With Teams single sign-on set up: the Teams client library's path, for the sign-in page in a Teams tab. */
  teamsSignIn?: { teamsJs: string } | undefined;
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
    teamsSignIn: deps.teamsSignIn,
    store,
  });
  return { router: review, staff, reviews, cookie };
}
