// What every dashboard route shares: the reader's language, the page context, the signed-in guard (pages redirect
// to sign-in; they never answer an anonymous caller), and reading form bodies with zod.
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { HttpError } from '../../http/http-error.js';
import { supportedLanguages, translator } from '../../i18n/index.js';
import type { StaffAccount, StaffRole } from '../../store/review-types.js';
import type { StaffService } from '../auth/staff-service.js';
import type { PageContext } from '../pages/page-context.js';
import type { Csrf } from './csrf.js';
import { principalOf, readCookie, type SessionCookie, sessionIdOf } from './principal.js';

export interface PageDeps {
  staff: StaffService;
  cookie: SessionCookie;
  csrf: Csrf;
  timeZone: string;
}

const languageCookie = 'intake_review_lang';

/** `?lang=` (remembered in a cookie), else the cookie, else the browser's preference, else English. */
export function pageLanguage(req: Request, res: Response): string {
  const asked = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  if (asked && (supportedLanguages as readonly string[]).includes(asked)) {
    res.cookie(languageCookie, asked, { path: '/review', sameSite: 'strict', httpOnly: true, maxAge: 31_536_000_000 });
    return asked;
  }
  const remembered = readCookie(req, languageCookie);
  if (remembered && (supportedLanguages as readonly string[]).includes(remembered)) return remembered;
  return req.acceptsLanguages(...supportedLanguages) || 'en';
}

export function pageContext(req: Request, res: Response, deps: PageDeps, account?: StaffAccount): PageContext {
  const language = pageLanguage(req, res);
  return {
    t: translator(language),
    language,
    timeZone: deps.timeZone,
    account,
    csrf: deps.csrf.token(req, res),
    path: req.path,
  };
}

/** Thrown by a page guard: the error handler answers with a redirect to sign-in. */
export class SignInRequired extends HttpError {
  constructor(readonly expired: boolean) {
    super(401, 'Sign in to continue.');
  }
}

/** Pages for the signed-in (and, when given, only these roles); anyone else is sent to sign-in. */
export function signedIn(deps: PageDeps, roles?: readonly StaffRole[]): RequestHandler {
  return async (req, res, next) => {
    const principal = await principalOf(req, deps.staff, deps.cookie, { tokens: false });
    if (!principal) throw new SignInRequired(sessionIdOf(req, deps.cookie) !== undefined);
    if (roles && !roles.includes(principal.account.role)) throw new HttpError(403, 'Your role does not allow this.');
    res.locals.principal = principal;
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
}

export function signedInAccount(res: Response): StaffAccount {
  const principal = res.locals.principal;
  if (!principal) throw new SignInRequired(false);
  return principal.account;
}

/** A form body through zod; a malformed one is a 400 that names no value. */
export function formBody<T>(schema: z.ZodType<T>, req: Request): T {
  const result = schema.safeParse(req.body ?? {});
  if (!result.success) throw new HttpError(400, 'That request was not valid.');
  return result.data;
}
