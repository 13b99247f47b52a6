// Mounts the widget's channel: the built-in Direct Line (local mode), and POST /api/directline/token for the page.
import express, { type Router } from 'express';
import { addressLimit } from '../http/address-limit.js';
import { HttpError } from '../http/http-error.js';
import type { Logger } from '../logging.js';
import { ConversationStore } from './conversation-store.js';
import { createDirectLineRouter, newGrant } from './direct-line-router.js';
import type { LocalGrant, LocalTokens } from './local-tokens.js';
import { resumedGrant } from './resume.js';
import { exchangeSecret } from './token-exchange.js';
import type { ConversationHistory, DeliverToBot } from './types.js';

export interface ChannelsOptions {
  mode: 'local' | 'azure';
  deliver: DeliverToBot;
  history: ConversationHistory;
  logger: Logger;
  /** Signs local tokens; required in local mode. */
  tokens: LocalTokens | undefined;
  directLineSecret: string | undefined;
  /** Tokens and new conversations per address per minute; 0 for no limit. */
  tokensPerMinute: number;
  store?: ConversationStore;
}

export const localDomain = '/v3/directline';

export function createChannelsRouter(options: ChannelsOptions): Router {
  const { mode, deliver, history, logger, tokens, directLineSecret, tokensPerMinute } = options;
  const router = express.Router();
  if (mode === 'local') {
    if (!tokens) throw new Error('the local Direct Line needs its token key');
    const store = options.store ?? new ConversationStore();
    router.use(localDomain, createDirectLineRouter({ store, tokens, deliver, history, logger, tokensPerMinute }));
  }

  router.post(
    '/api/directline/token',
    addressLimit({ limit: tokensPerMinute, windowMs: 60_000 }),
    express.json({ limit: '16kb' }),
    async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      if (mode === 'azure' || !tokens) {
        if (!directLineSecret) throw new HttpError(503, 'Web Chat is not configured on this server.');
        res.json(await exchangeSecret(directLineSecret, logger));
        return;
      }
      res.json(await widgetGrant(tokens, newGrant(req.body)));
    },
  );

  // A reload or another tab continues its conversation; only the built-in Direct Line can (Azure's tokens are its own).
  router.post(
    '/api/directline/resume',
    addressLimit({ limit: tokensPerMinute, windowMs: 60_000 }),
    express.json({ limit: '16kb' }),
    async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      if (mode === 'azure' || !tokens) throw new HttpError(404, 'Conversations cannot be resumed on this server.');
      res.json(await widgetGrant(tokens, await resumedGrant(tokens, req.body)));
    },
  );

  return router;
}

/** What the widget keeps in the tab's sessionStorage to reconnect: ids, a token and the resume secret, never text. */
async function widgetGrant(tokens: LocalTokens, grant: LocalGrant) {
  const issued = await tokens.issue(grant);
  return {
    conversationId: grant.conversationId,
    userId: grant.userId,
    token: issued.token,
    expires_in: issued.expiresIn,
    resumeSecret: tokens.resumeSecret(grant),
    domain: localDomain,
  };
}
