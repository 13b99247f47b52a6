// Admin pages: the audit log, and staff accounts (add, disable or enable, new setup link, reset the second factor,
// revoke API tokens, change role, link the Teams identity). Every change goes through the staff service, which audits it.
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { HttpError } from '../../http/http-error.js';
import { type StaffAccount, staffRoles } from '../../store/review-types.js';
import { StaffError } from '../auth/staff-service.js';
import { setupLink } from '../links.js';
import { AuditPage } from '../pages/audit-page.js';
import { sendPage } from '../pages/render.js';
import { type StaffNotice, StaffPage } from '../pages/staff-page.js';
import type { ReviewService } from '../review-service.js';
import { callerOf } from './api-router.js';
import { parseOr400 } from './filters.js';
import { formBody, type PageDeps, pageContext, signedIn, signedInAccount } from './page-kit.js';
import { actorOf } from './principal.js';

export interface AdminDeps extends PageDeps {
  reviews: ReviewService;
  /** The dashboard's public address, for setup links. */
  publicUrl: { PUBLIC_URL?: string | undefined; PORT: number };
}

const auditQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  lang: z.string().max(8).optional(),
});
const addSchema = z.object({
  email: z
    .email()
    .max(320)
    .transform((email) => email.toLowerCase()),
  role: z.enum(staffRoles),
  _csrf: z.string().optional(),
});
const roleSchema = z.object({ role: z.enum(staffRoles), _csrf: z.string().optional() });
const accountActions = ['disable', 'enable', 'reset', 'reset-mfa', 'revoke-tokens', 'role', 'entra'] as const;
/** An Entra object id (a GUID), or empty to unlink. */
const entraSchema = z.object({
  objectId: z.union([z.literal(''), z.string().regex(/^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/)]),
  _csrf: z.string().optional(),
});

export function adminRoutes(deps: AdminDeps): Router {
  const { staff, reviews } = deps;
  const router = Router();
  const admin = signedIn(deps, ['admin']);

  router.get('/review/audit', admin, async (req, res) => {
    const query = parseOr400(auditQuery, req.query);
    const principal = res.locals.principal;
    if (!principal) throw new HttpError(401, 'Sign in to continue.');
    const log = await reviews.auditLog(callerOf(principal, req), query.before, 100);
    const page = pageContext(req, res, deps, signedInAccount(res));
    sendPage(res, <AuditPage page={page} entries={log.items} next={log.next} />);
  });

  const showStaff = async (req: Request, res: Response, notice?: StaffNotice, status = 200) => {
    const page = pageContext(req, res, deps, signedInAccount(res));
    sendPage(res, <StaffPage page={page} accounts={await staff.list()} notice={notice} />, status);
  };

  router.get('/review/staff', admin, (req, res) => showStaff(req, res));

  router.post('/review/staff', admin, deps.csrf.protect, async (req, res) => {
    const t = pageContext(req, res, deps).t;
    const parsed = addSchema.safeParse(req.body);
    if (!parsed.success) return showStaff(req, res, { kind: 'error', text: t('review:errors.invalid') }, 400);
    const actor = actorOf(res.locals.principal ?? fail(), req);
    try {
      const { setupToken } = await staff.addAccount(parsed.data.email, parsed.data.role, actor);
      const link = setupLink(deps.publicUrl, setupToken);
      await showStaff(req, res, { kind: 'ok', text: t('review:staff.setupLink', { email: parsed.data.email }), link });
    } catch (error) {
      if (!(error instanceof StaffError)) throw error;
      await showStaff(req, res, { kind: 'error', text: t('review:staff.exists') }, 409);
    }
  });

  router.post('/review/staff/:id/:action', admin, deps.csrf.protect, async (req, res) => {
    const action = z.enum(accountActions).safeParse(req.params.action);
    const account = (await staff.list()).find((a) => a.id === req.params.id);
    if (!action.success || !account) throw new HttpError(404, 'Not found.');
    const principal = res.locals.principal ?? fail();
    // An admin cannot lock themselves out from this page (another admin, or the CLI, can).
    if (account.id === principal.account.id && action.data !== 'revoke-tokens' && action.data !== 'entra') {
      throw new HttpError(403, 'Your role does not allow this.');
    }
    const t = pageContext(req, res, deps).t;
    const notice = await apply(action.data, account, req, res);
    await showStaff(req, res, notice ?? { kind: 'ok', text: t('review:staff.done') });
  });

  async function apply(
    action: (typeof accountActions)[number],
    account: StaffAccount,
    req: Request,
    res: Response,
  ): Promise<StaffNotice | undefined> {
    const actor = actorOf(res.locals.principal ?? fail(), req);
    const t = pageContext(req, res, deps).t;
    switch (action) {
      case 'disable':
      case 'enable':
        await staff.setDisabled(account.email, action === 'disable', actor);
        return undefined;
      case 'reset': {
        const token = await staff.resetAccount(account.email, actor);
        return {
          kind: 'ok',
          text: t('review:staff.setupLink', { email: account.email }),
          link: setupLink(deps.publicUrl, token),
        };
      }
      case 'reset-mfa':
        await staff.resetMfa(account.email, actor);
        return undefined;
      case 'revoke-tokens': {
        const count = await staff.revokeApiTokens(account.email, actor);
        return { kind: 'ok', text: t('review:staff.revoked', { count }) };
      }
      case 'role':
        await staff.setRole(account.email, formBody(roleSchema, req).role, actor);
        return undefined;
      case 'entra': {
        const parsed = entraSchema.safeParse(req.body);
        if (!parsed.success) return { kind: 'error', text: t('review:staff.badObjectId') };
        try {
          await staff.setEntraObjectId(account.email, parsed.data.objectId || null, actor);
        } catch (error) {
          if (!(error instanceof StaffError)) throw error;
          return { kind: 'error', text: t('review:staff.objectIdTaken') };
        }
        return undefined;
      }
    }
  }

  return router;
}

function fail(): never {
  throw new HttpError(401, 'Sign in to continue.');
}
