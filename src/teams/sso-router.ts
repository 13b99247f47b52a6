// The Teams tab's sign-in: `POST /api/teams/sso` takes the token Teams gave the tab, checks it (sso-token.ts), finds
// the staff account it belongs to (an account must exist: nobody is provisioned here) and opens a session like a
// normal sign-in's (same roles, audit and timeouts) in the tab's own cross-site cookie. Public by name: the token is
// the credential. JSON only, so a cross-site form cannot post here without the browser asking first.
import { createRequire } from 'node:module';
import express, { type Request, Router } from 'express';
import { z } from 'zod';
import { addressLimit } from '../http/address-limit.js';
import { HttpError } from '../http/http-error.js';
import type { Logger } from '../logging.js';
import type { StaffService } from '../review/auth/staff-service.js';
import { addressOf, type SessionCookie, setTeamsSession } from '../review/http/principal.js';
import type { SsoTokenVerifier } from './sso-token.js';

export const ssoPath = '/api/teams/sso';
/** teams-js, served from this server (no CDN): the tab's page loads it from here. */
export const teamsJsPath = '/review/assets/teams-js.js';

const teamsJsBundle = createRequire(import.meta.url).resolve('@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js');

const bodySchema = z.object({ token: z.string().min(20).max(16_000) });

export interface TeamsSsoDeps {
  staff: StaffService;
  cookie: SessionCookie;
  /** Undefined when Teams sign-in is not set up (no bot id, PUBLIC_URL or tenant): the exchange says so. */
  verifier: SsoTokenVerifier | undefined;
  logger: Logger;
  attemptsPerAddress: number;
}

const isJson = (req: Request) => req.is('application/json') === 'application/json';

export function teamsSsoRouter(deps: TeamsSsoDeps): Router {
  const router = Router();
  router.get(teamsJsPath, (_req, res) => {
    res.sendFile(teamsJsBundle, { maxAge: '1d' });
  });
  const attempts = addressLimit({ limit: deps.attemptsPerAddress, windowMs: 15 * 60_000 });
  router.post(ssoPath, attempts, express.json({ limit: '32kb' }), async (req, res) => {
    if (!isJson(req)) throw new HttpError(415, 'Send the token as JSON.');
    if (!deps.verifier) {
      res.status(503).json({ error: 'Teams sign-in is not set up on this server.', reason: 'not-configured' });
      return;
    }
    const body = bodySchema.safeParse(req.body);
    if (!body.success) throw new HttpError(400, 'Send { "token": "…" } with the token Teams gave the tab.');
    const result = await deps.verifier.verify(body.data.token);
    if (!result.ok) {
      deps.logger.warn({ refusal: result.refusal }, 'teams sign-in refused');
      const unavailable = result.refusal === 'keys-unavailable';
      res
        .status(unavailable ? 503 : 401)
        .json({ error: 'Teams sign-in was refused.', reason: unavailable ? 'unavailable' : 'invalid-token' });
      return;
    }
    const account = await deps.staff.accountForEntra(result.identity);
    const sessionId = account ? await deps.staff.openTeamsSession(account, addressOf(req)) : undefined;
    if (!sessionId) {
      deps.logger.warn({ refusal: account ? 'disabled' : 'no-account' }, 'teams sign-in refused');
      res.status(403).json({ error: 'No dashboard account belongs to this Microsoft account.', reason: 'no-account' });
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    setTeamsSession(res, deps.cookie, sessionId);
    res.json({ ok: true });
  });
  return router;
}
