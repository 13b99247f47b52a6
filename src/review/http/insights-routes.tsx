// The funnel for admins and clinicians: `GET /api/insights?from=&to=` (JSON) and the `/review/insights` page, from
// the same report. Dates only in the query, never anything a person typed.
import { Router } from 'express';
import { z } from 'zod';
import type { IntakeStore } from '../../store/types.js';
import { funnelRange, readFunnel } from '../insights.js';
import { InsightsPage } from '../pages/insights-page.js';
import { sendPage } from '../pages/render.js';
import { clinicalRoles } from '../redact.js';
import { callerOf } from './api-router.js';
import { parseOr400 } from './filters.js';
import { type PageDeps, pageContext, signedIn, signedInAccount } from './page-kit.js';
import { apiAuth, type Principal, requireRole } from './principal.js';

const date = z.iso.date();
const rangeSchema = z
  .object({ from: date.optional(), to: date.optional(), lang: z.string().max(8).optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, 'from is after to');

export interface InsightsDeps extends PageDeps {
  store: IntakeStore;
}

export function insightsApi(deps: InsightsDeps): Router {
  const router = Router();
  router.get('/api/insights', apiAuth(deps.staff, deps.cookie), async (req, res) => {
    const principal = res.locals.principal as Principal;
    requireRole(principal, clinicalRoles);
    const range = funnelRange(parseOr400(rangeSchema, req.query), new Date());
    res.json(await readFunnel(deps.store, callerOf(principal, req), range.from, range.to));
  });
  return router;
}

export function insightsPages(deps: InsightsDeps): Router {
  const router = Router();
  router.get('/review/insights', signedIn(deps, clinicalRoles), async (req, res) => {
    const principal = res.locals.principal as Principal;
    const range = funnelRange(parseOr400(rangeSchema, req.query), new Date());
    const report = await readFunnel(deps.store, callerOf(principal, req), range.from, range.to);
    sendPage(res, <InsightsPage page={pageContext(req, res, deps, signedInAccount(res))} report={report} />);
  });
  return router;
}
