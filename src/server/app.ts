// The Express app: the bot endpoint, health checks, security headers and the one error handler.
import type { CloudAdapter, TurnContext } from 'botbuilder';
import express, { type Express, type Router } from 'express';
import { activitySchema } from '../bot/incoming.js';
import type { Logger } from '../logging.js';
import type { IntakeStore } from '../store/types.js';
import { errorHandler, HttpError } from './http-error.js';

export interface AppDeps {
  adapter: CloudAdapter;
  botHandler: (context: TurnContext) => Promise<void>;
  store: IntakeStore;
  logger: Logger;
  /** The channels (local Direct Line, the widget's token route), mounted as they are. */
  channels?: Router;
  /** The widget demo page and its settings. */
  widget?: Router;
}

export function createApp({ adapter, botHandler, store, logger, channels, widget }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

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
  app.post('/api/messages', express.json({ limit: '1mb' }), async (req, res, next) => {
    try {
      if (!activitySchema.safeParse(req.body).success) throw new HttpError(400, 'The request is not a valid activity.');
      await adapter.process(req, res, botHandler);
    } catch (error) {
      next(error);
    }
  });

  if (channels) app.use(channels);

  // The widget demo at `/`, Web Chat's bundle, and the page's settings.
  if (widget) app.use(widget);

  app.use((_req, _res, next) => next(new HttpError(404, 'Not found.')));
  app.use(errorHandler(logger));
  return app;
}
