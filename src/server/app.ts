// The Express app: security headers, the bot endpoint, health checks, the dashboard, the channels and the widget, one
// error handler.
import express, { type Express, type RequestHandler, type Router } from 'express';
import { HttpError } from '../http/http-error.js';
import type { Logger } from '../logging.js';
import type { IntakeStore } from '../store/types.js';
import { errorHandler } from './http-error.js';
import { type SecurityHeaderOptions, securityHeaders } from './security-headers.js';

export interface AppDeps {
  /** POST /api/messages, behind the front door (src/bot/front-door.ts). */
  messages: RequestHandler;
  store: IntakeStore;
  logger: Logger;
  /** Express `trust proxy` (TRUST_PROXY): which hops' X-Forwarded-For to believe for client addresses. */
  trustProxy: boolean | number | string[];
  security: SecurityHeaderOptions;
  /** The channels (local Direct Line, the widget's token route), mounted as they are. */
  channels?: Router;
  /** The widget page and its settings. */
  widget?: Router;
  /** The practice's side: the staff API and the dashboard (src/review/). */
  review?: Router;
  /** GET /metrics for Prometheus, behind METRICS_TOKEN (src/metrics/). */
  metrics?: Router;
}

export function createApp({
  messages,
  store,
  logger,
  trustProxy,
  security,
  channels,
  widget,
  review,
  metrics,
}: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(securityHeaders(security));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ready', store: store.dialect });
    } catch {
      res.status(503).json({ status: 'unavailable', store: store.dialect });
    }
  });

  // The detector reads the whole message, so bodies up to 1 MB are accepted (express' default is 100 kB).
  app.post('/api/messages', express.json({ limit: '1mb' }), messages);

  if (metrics) app.use(metrics);
  if (review) app.use(review);
  if (channels) app.use(channels);
  if (widget) app.use(widget);

  app.use((_req, _res, next) => next(new HttpError(404, 'Not found.')));
  app.use(errorHandler(logger));
  return app;
}
