// The staff API (CONTRACT.md): the queue, search, records, review changes, acknowledgements, exports and the audit
// log. Every route needs a session or a bearer token (401), some a role (403); changes made from a session carry its
// CSRF token; nothing here is cached.
import express, { type Request, Router } from 'express';
import { z } from 'zod';
import { HttpError } from '../../http/http-error.js';
import { reviewStates } from '../../store/review-types.js';
import type { StaffService } from '../auth/staff-service.js';
import { clinicalRoles } from '../redact.js';
import type { Caller, ReviewService } from '../review-service.js';
import type { Csrf } from './csrf.js';
import { parseOr400, queueQuerySchema, searchBodySchema, toQueueFilters } from './filters.js';
import { actorOf, apiAuth, type Principal, requireRole, type SessionCookie } from './principal.js';

export interface ApiDeps {
  staff: StaffService;
  reviews: ReviewService;
  cookie: SessionCookie;
  csrf: Csrf;
  /** The FHIR Questionnaire generated from the step definitions. */
  questionnaire: () => object;
}

const idSchema = z.string().min(1).max(100);

export const changeSchema = z
  .strictObject({
    reviewState: z.enum(reviewStates).optional(),
    note: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((change) => change.reviewState !== undefined || change.note !== undefined, 'nothing to change');

const auditQuerySchema = z.strictObject({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

const principal = (res: express.Response): Principal => {
  const found = res.locals.principal;
  if (!found) throw new HttpError(401, 'Sign in, or send a valid API token.');
  return found;
};

export const callerOf = (found: Principal, req: Request): Caller => ({
  ...actorOf(found, req),
  role: found.account.role,
});

export function staffApiRouter({ staff, reviews, cookie, csrf, questionnaire }: ApiDeps): Router {
  const router = Router();
  const auth = apiAuth(staff, cookie);
  // A change made with a session cookie carries the CSRF token in `X-CSRF-Token`; one made with a bearer token needs none.
  const json = express.json({ limit: '32kb' });

  router.get('/api/intakes', auth, async (req, res) => {
    const query = parseOr400(queueQuerySchema, req.query);
    const caller = callerOf(principal(res), req);
    res.json(await reviews.queue(caller, toQueueFilters(query), query.cursor ?? null, query.limit ?? 25));
  });

  router.post('/api/intakes/search', auth, json, csrf.protect, async (req, res) => {
    const found = principal(res);
    const body = parseOr400(searchBodySchema, req.body);
    const items = await reviews.search(callerOf(found, req), body.q, toQueueFilters(body));
    res.json({ items, next: null });
  });

  router.get('/api/intakes.csv', auth, async (req, res) => {
    const query = parseOr400(queueQuerySchema, req.query);
    const csv = await reviews.csv(callerOf(principal(res), req), toQueueFilters(query));
    res.type('text/csv; charset=utf-8');
    res.attachment('intakes.csv');
    res.send(csv);
  });

  router.get('/api/intakes/:id', auth, async (req, res) => {
    const id = parseOr400(idSchema, req.params.id);
    const found = await reviews.record(callerOf(principal(res), req), id);
    if (!found.found) {
      throw found.reason === 'missing'
        ? new HttpError(404, 'There is no such intake.')
        : new HttpError(500, 'This record cannot be read; ask the operator.');
    }
    res.json(found.record);
  });

  router.get('/api/intakes/:id/fhir', auth, async (req, res) => {
    const id = parseOr400(idSchema, req.params.id);
    const found = await reviews.fhir(callerOf(principal(res), req), id);
    if (!found.found) throw new HttpError(404, 'There is no such intake.');
    res.type('application/fhir+json; charset=utf-8');
    res.send(JSON.stringify(found.resource));
  });

  router.patch('/api/intakes/:id', auth, json, csrf.protect, async (req, res) => {
    const found = principal(res);
    const id = parseOr400(idSchema, req.params.id);
    const change = parseOr400(changeSchema, req.body);
    if (!(await reviews.change(callerOf(found, req), id, change))) throw new HttpError(404, 'There is no such intake.');
    res.status(204).end();
  });

  router.post('/api/intakes/:id/acknowledge', auth, csrf.protect, async (req, res) => {
    const found = principal(res);
    requireRole(found, clinicalRoles);
    const id = parseOr400(idSchema, req.params.id);
    if (!(await reviews.acknowledge(callerOf(found, req), id))) throw new HttpError(404, 'There is no such intake.');
    res.status(204).end();
  });

  // Erasure on request: admins only, from a session with its CSRF token or with a bearer token; audited.
  router.post('/api/intakes/:id/erase', auth, json, csrf.protect, async (req, res) => {
    const found = principal(res);
    requireRole(found, ['admin']);
    const id = parseOr400(idSchema, req.params.id);
    if (!(await reviews.erase(callerOf(found, req), id))) throw new HttpError(404, 'There is no such intake.');
    res.status(204).end();
  });

  router.get('/api/fhir/Questionnaire/intake', auth, (_req, res) => {
    res.type('application/fhir+json; charset=utf-8');
    res.send(JSON.stringify(questionnaire()));
  });

  router.get('/api/audit', auth, async (req, res) => {
    const found = principal(res);
    requireRole(found, ['admin']);
    const query = parseOr400(auditQuerySchema, req.query);
    res.json(await reviews.auditLog(callerOf(found, req), query.before, query.limit ?? 50));
  });

  return router;
}
