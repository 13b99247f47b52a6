// Mounts the channels: the local Direct Line (local/demo only) and POST /api/directline/token for the widget.
import express, { type Router } from 'express';
import type { Logger } from '../logging.js';
import { ChannelError, channelErrorHandler } from './channel-error.js';
import { createConnectorRouter } from './connector-router.js';
import { ConversationStore } from './conversation-store.js';
import { connectorPath, createDirectLineRouter } from './direct-line-router.js';
import { issueLocalToken } from './local-token.js';
import { rateLimit } from './rate-limit.js';
import { exchangeSecret } from './token-exchange.js';
import type { DeliverToBot } from './types.js';

export interface ChannelsOptions {
  deliver: DeliverToBot;
  logger: Logger;
  /** The local Direct Line; the caller turns it off when bot credentials or a Direct Line secret are configured. */
  localDirectLine: boolean;
  directLineSecret: string | undefined;
  publicUrl: string | undefined;
  store?: ConversationStore;
}

export const localDomain = '/v3/directline';

export function createChannelsRouter(options: ChannelsOptions): Router {
  const { deliver, logger, localDirectLine, directLineSecret, publicUrl } = options;
  const router = express.Router();
  const store = localDirectLine ? (options.store ?? new ConversationStore()) : undefined;
  if (store) {
    router.use(connectorPath, createConnectorRouter(store));
    router.use(localDomain, createDirectLineRouter({ store, deliver, logger, publicUrl }));
  }

  router.post(
    '/api/directline/token',
    rateLimit({ limit: 30, windowMs: 60_000 }),
    express.json({ limit: '16kb' }),
    async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      if (directLineSecret) {
        res.json(await exchangeSecret(directLineSecret, logger));
        return;
      }
      if (!store) throw new ChannelError(503, 'Web Chat is not configured on this server.');
      res.json({ ...issueLocalToken(store, req.body), domain: localDomain });
    },
  );

  router.use(channelErrorHandler);
  return router;
}
