// Who is calling the practice's side: a staff session (cookie) or an API token (bearer), with its role; and the
// checks every route makes with it (signed in, role allowed).
import type { Request, RequestHandler, Response } from 'express';
import { HttpError } from '../../http/http-error.js';
import type { StaffAccount, StaffRole, StaffSession } from '../../store/review-types.js';
import type { Actor, StaffService } from '../auth/staff-service.js';

export interface Principal {
  account: StaffAccount;
  via: string;
  session?: { id: string; idHash: string; data: StaffSession };
}

export interface SessionCookie {
  name: string;
  secure: boolean;
  /**
   * The Teams tab's own session cookie, set only by the SSO exchange: Teams frames the tab from another site, where
   * browsers send no `SameSite=Strict` cookie, so this one is `SameSite=None; Secure; Partitioned` (always Secure:
   * browsers drop `SameSite=None` without it, and treat localhost as secure).
   */
  teamsName: string;
}

/** `__Host-` (bound to this host, Secure, path /) where the dashboard is served over https. */
export const sessionCookie = (publicUrl: string | undefined): SessionCookie => {
  const secure = publicUrl?.startsWith('https://') === true;
  return { name: secure ? '__Host-intake_staff' : 'intake_staff', secure, teamsName: '__Host-intake_teams' };
};

/** The caller's session id and which cookie carried it: the dashboard's own first, else the Teams tab's. */
export function sessionIdOf(req: Request, cookie: SessionCookie): { id: string; kind: 'web' | 'teams' } | undefined {
  const web = readCookie(req, cookie.name);
  if (web) return { id: web, kind: 'web' };
  const teams = readCookie(req, cookie.teamsName);
  return teams ? { id: teams, kind: 'teams' } : undefined;
}

export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function setSession(res: Response, cookie: SessionCookie, value: string | null): void {
  if (value === null) {
    res.clearCookie(cookie.name, { path: '/', httpOnly: true, sameSite: 'strict', secure: cookie.secure });
    return;
  }
  res.cookie(cookie.name, value, { path: '/', httpOnly: true, sameSite: 'strict', secure: cookie.secure });
}

/** The Teams tab's session cookie (see SessionCookie.teamsName); `null` clears it. */
export function setTeamsSession(res: Response, cookie: SessionCookie, value: string | null): void {
  const options = { path: '/', httpOnly: true, sameSite: 'none', secure: true, partitioned: true } as const;
  if (value === null) res.clearCookie(cookie.teamsName, options);
  else res.cookie(cookie.teamsName, value, options);
}

export const addressOf = (req: Request): string | null => req.ip ?? req.socket.remoteAddress ?? null;

export const actorOf = (principal: Principal, req: Request): Actor => ({
  id: principal.account.id,
  email: principal.account.email,
  via: principal.via,
  address: addressOf(req),
});

/** The caller, if signed in (a session past its second factor, or a valid API token). */
export async function principalOf(
  req: Request,
  staff: StaffService,
  cookie: SessionCookie,
  options: { tokens: boolean },
): Promise<Principal | undefined> {
  const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (bearer && options.tokens) {
    const found = await staff.tokenAccount(bearer);
    return found ? { account: found.account, via: `token:${found.tokenId}` } : undefined;
  }
  const carried = sessionIdOf(req, cookie);
  if (!carried) return undefined;
  const { id } = carried;
  const open = await staff.session(id);
  if (!open || open.session.stage !== 'active') return undefined;
  // Each cookie carries its own kind of session: a dashboard session never travels in the cross-site Teams cookie.
  if ((open.session.kind === 'teams') !== (carried.kind === 'teams')) return undefined;
  await staff.touch(open.idHash);
  return {
    account: open.account,
    via: open.session.kind === 'teams' ? 'teams' : 'session',
    session: { id, idHash: open.idHash, data: open.session },
  };
}

export function requireRole(principal: Principal, roles: readonly StaffRole[]): void {
  if (!roles.includes(principal.account.role)) throw new HttpError(403, 'Your role does not allow this.');
}

declare global {
  namespace Express {
    interface Locals {
      principal?: Principal;
    }
  }
}

/** API routes: 401 without a valid session or token. */
export function apiAuth(staff: StaffService, cookie: SessionCookie): RequestHandler {
  return async (req, res, next) => {
    const principal = await principalOf(req, staff, cookie, { tokens: true });
    if (!principal) throw new HttpError(401, 'Sign in, or send a valid API token.', { 'WWW-Authenticate': 'Bearer' });
    res.locals.principal = principal;
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
