// The dashboard's pages for every signed-in role: the queue, search (by POST), a record with its actions, the print
// view. Actions redirect back to the record (POST, then GET), so a reload never repeats one.
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { HttpError } from '../../http/http-error.js';
import { reviewStates } from '../../store/review-types.js';
import { ProblemPage } from '../pages/auth-pages.js';
import { QueuePage } from '../pages/queue-page.js';
import { ErasedPage, PrintPage, RecordPage } from '../pages/record-page.js';
import { sendPage } from '../pages/render.js';
import { clinicalRoles } from '../redact.js';
import type { ReviewService } from '../review-service.js';
import { callerOf } from './api-router.js';
import { parseOr400, queueQuerySchema, searchBodySchema, toQueueFilters } from './filters.js';
import { formBody, type PageDeps, pageContext, signedIn, signedInAccount } from './page-kit.js';

export interface DashboardDeps extends PageDeps {
  reviews: ReviewService;
}

const idSchema = z.string().regex(/^[A-Za-z0-9-]{1,100}$/);
const doneCodes = ['acknowledged', 'review', 'note'] as const;
const recordQuery = z.object({ done: z.enum(doneCodes).optional(), lang: z.string().max(8).optional() });

const reviewSchema = z.object({ reviewState: z.enum(reviewStates), _csrf: z.string().optional() });
const eraseSchema = z.object({ confirm: z.literal('yes'), _csrf: z.string().optional() });
const noteSchema = z.object({ note: z.string().trim().min(1).max(2000), _csrf: z.string().optional() });

export function dashboardRoutes(deps: DashboardDeps): Router {
  const { reviews } = deps;
  const router = Router();
  const anyStaff = signedIn(deps);
  const caller = (req: Request, res: Response) => {
    const principal = res.locals.principal;
    if (!principal) throw new HttpError(401, 'Sign in to continue.');
    return callerOf(principal, req);
  };
  const recordId = (req: Request) => parseOr400(idSchema, req.params.id);
  const notFound = (req: Request, res: Response) => {
    const page = pageContext(req, res, deps, signedInAccount(res));
    sendPage(
      res,
      <ProblemPage
        page={page}
        title={page.t('review:record.notFoundTitle')}
        message={page.t('review:record.notFound')}
      />,
      404,
    );
  };

  router.get('/review', anyStaff, async (req, res) => {
    const query = parseOr400(queueQuerySchema, req.query);
    const filters = toQueueFilters(query);
    const [queue, waiting] = await Promise.all([
      reviews.queue(caller(req, res), filters, query.cursor ?? null, query.limit ?? 50),
      reviews.waitingAlerts(),
    ]);
    const page = pageContext(req, res, deps, signedInAccount(res));
    sendPage(res, <QueuePage page={page} items={queue.items} next={queue.next} filters={query} waiting={waiting} />);
  });

  router.post('/review/search', anyStaff, deps.csrf.protect, async (req, res) => {
    const body = parseOr400(searchBodySchema, req.body);
    const items = await reviews.search(caller(req, res), body.q, toQueueFilters(body));
    const waiting = await reviews.waitingAlerts();
    const page = pageContext(req, res, deps, signedInAccount(res));
    const filters = { status: body.status, triage: body.triage, review: body.review, from: body.from, to: body.to };
    sendPage(
      res,
      <QueuePage page={page} items={items} next={null} filters={filters} waiting={waiting} search={body.q} />,
    );
  });

  router.get('/review/intakes/:id', anyStaff, async (req, res) => {
    const query = parseOr400(recordQuery, req.query);
    const found = await reviews.record(caller(req, res), recordId(req));
    if (!found.found) {
      if (found.reason === 'missing') return notFound(req, res);
      const page = pageContext(req, res, deps, signedInAccount(res));
      const title = page.t('review:errors.title');
      return sendPage(res, <ProblemPage page={page} title={title} message={page.t('review:record.unreadable')} />, 500);
    }
    const page = pageContext(req, res, deps, signedInAccount(res));
    sendPage(res, <RecordPage page={page} record={found.record} done={query.done} />);
  });

  router.get('/review/intakes/:id/print', anyStaff, async (req, res) => {
    const found = await reviews.record(caller(req, res), recordId(req));
    if (!found.found) return notFound(req, res);
    const page = pageContext(req, res, deps, signedInAccount(res));
    sendPage(res, <PrintPage page={page} record={found.record} />);
  });

  const back = (res: Response, id: string, done: (typeof doneCodes)[number]) =>
    res.redirect(303, `/review/intakes/${encodeURIComponent(id)}?done=${done}#main`);

  router.post('/review/intakes/:id/acknowledge', signedIn(deps, clinicalRoles), deps.csrf.protect, async (req, res) => {
    const id = recordId(req);
    if (!(await reviews.acknowledge(caller(req, res), id))) return notFound(req, res);
    back(res, id, 'acknowledged');
  });

  router.post('/review/intakes/:id/review', anyStaff, deps.csrf.protect, async (req, res) => {
    const id = recordId(req);
    const body = formBody(reviewSchema, req);
    if (!(await reviews.change(caller(req, res), id, { reviewState: body.reviewState }))) return notFound(req, res);
    back(res, id, 'review');
  });

  router.post('/review/intakes/:id/notes', anyStaff, deps.csrf.protect, async (req, res) => {
    const id = recordId(req);
    const body = formBody(noteSchema, req);
    if (!(await reviews.change(caller(req, res), id, { note: body.note }))) return notFound(req, res);
    back(res, id, 'note');
  });

  // Erasure on request (admins): the record and its conversation go; the page says so, as there is nothing to go back to.
  router.post('/review/intakes/:id/erase', signedIn(deps, ['admin']), deps.csrf.protect, async (req, res) => {
    const id = recordId(req);
    formBody(eraseSchema, req);
    if (!(await reviews.erase(caller(req, res), id))) return notFound(req, res);
    sendPage(res, <ErasedPage page={pageContext(req, res, deps, signedInAccount(res))} />);
  });

  return router;
}
