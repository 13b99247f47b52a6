// CSRF protection for every change made from the dashboard (csrf-csrf's signed double-submit token): the token is an
// HMAC bound to the caller's session cookie, sent back in a form field or the `X-CSRF-Token` header. Bearer-token
// callers carry no cookie a browser could send for them, so their requests skip it. The Teams tab, framed from
// another site, gets the same protection with cookies browsers send there (SameSite=None; Secure; Partitioned).

import { doubleCsrf } from 'csrf-csrf';
import type { Request, RequestHandler } from 'express';
import type { SessionCookie } from './principal.js';
import { readCookie } from './principal.js';

export interface Csrf {
  /** Checks every POST, PATCH and DELETE (after the body is parsed). */
  protect: RequestHandler;
  /** The token for the forms of the page being rendered. */
  token(req: Request, res: Parameters<RequestHandler>[1]): string;
}

const fromRequest = (req: Request): string | undefined => {
  const field = (req.body as { _csrf?: unknown } | undefined)?._csrf;
  if (typeof field === 'string') return field;
  return req.get('x-csrf-token') ?? undefined;
};

function doubleSubmit(secret: string, sessionCookieName: string, csrfCookie: { name: string; teams: boolean }) {
  return doubleCsrf({
    getSecret: () => secret,
    // Bound to the session: a token from before sign-in (or from another session) is refused after it.
    getSessionIdentifier: (req) => readCookie(req, sessionCookieName) ?? '',
    cookieName: csrfCookie.name,
    cookieOptions: csrfCookie.teams
      ? { sameSite: 'none', path: '/', secure: true, httpOnly: true, partitioned: true }
      : { sameSite: 'strict', path: '/', secure: csrfCookie.name.startsWith('__Host-'), httpOnly: true },
    getCsrfTokenFromRequest: fromRequest,
    // Only the API takes bearer tokens; on pages a bearer header proves nothing, so pages never skip the check.
    skipCsrfProtection: (req) => req.path.startsWith('/api/') && /^Bearer /.test(req.get('authorization') ?? ''),
    errorConfig: { statusCode: 403, message: 'This form has expired. Reload the page and try again.', code: 'csrf' },
  });
}

export function createCsrf(secret: string, cookie: SessionCookie): Csrf {
  const web = doubleSubmit(secret, cookie.name, {
    name: cookie.secure ? '__Host-intake_csrf' : 'intake_csrf',
    teams: false,
  });
  const teams = doubleSubmit(secret, cookie.teamsName, { name: '__Host-intake_teams_csrf', teams: true });
  // A request with only the Teams session cookie is the tab's; everything else is the dashboard's, as before.
  const forRequest = (req: Request) =>
    !readCookie(req, cookie.name) && readCookie(req, cookie.teamsName) ? teams : web;
  return {
    protect: (req, res, next) => forRequest(req).doubleCsrfProtection(req, res, next),
    token: (req, res) => forRequest(req).generateCsrfToken(req, res),
  };
}
