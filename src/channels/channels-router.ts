// Mounts the widget's channel: the built-in Direct Line (local mode), and POST /api/directline/token for the page.
import express, { type Router } from 'express';
import { addressLimit } from '../http/address-limit.js';
import { HttpError } from '../http/http-error.js';
import type { Logger } from '../logging.js';
import { ConversationStore } from './conversation-store.js';
import { createDirectLineRouter, newGrant } from './direct-line-router.js';
import type { LocalGrant, LocalTokens } from './local-tokens.js';
import { resumedGrant, resumeRefused } from './resume.js';
import { ResumeSecrets } from './resume-secrets.js';
import { resumeCodeRequestSchema, resumeRequestSchema } from './schemas.js';
import { type ExchangedToken, exchangeSecret, reconnectConversation } from './token-exchange.js';
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
  /** The conversation a resume code continues ("stop" gave it), or undefined for a code that opens nothing. */
  redeemCode?: RedeemCode | undefined;
}

export type RedeemCode = (code: string) => Promise<{ conversationId: string; userId: string } | undefined>;

/** Resume codes tried per address per minute: a person mistyping a few times gets through, guessing does not. */
const codesPerMinute = 10;

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
        res.json(azureGrant(await exchangeSecret(azureSecret(), logger)));
        return;
      }
      res.json(await widgetGrant(tokens, newGrant(req.body)));
    },
  );

  const azureSecret = () => {
    if (!directLineSecret) throw new HttpError(503, 'Web Chat is not configured on this server.');
    return directLineSecret;
  };
  const azureSecrets = directLineSecret ? ResumeSecrets.fromDirectLineSecret(directLineSecret) : undefined;
  /** What the widget keeps for an Azure conversation: Azure's token, and our own resume secret for it. */
  const azureGrant = (token: ExchangedToken) => ({ ...token, resumeSecret: azureSecrets?.secretOf(token) });
  /** A conversation continued with Azure's Direct Line: Azure gives a fresh token for it when asked with the secret. */
  const azureResume = async (conversation: { conversationId: string; userId: string }) =>
    azureGrant(await reconnectConversation(azureSecret(), conversation, logger));

  // A reload or another tab continues its conversation, proved with the previous token or the resume secret.
  router.post(
    '/api/directline/resume',
    addressLimit({ limit: tokensPerMinute, windowMs: 60_000 }),
    express.json({ limit: '16kb' }),
    async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      if (mode === 'azure' || !tokens) {
        // Azure's tokens are Azure's own: only the resume secret proves the conversation is this browser's.
        const parsed = resumeRequestSchema.safeParse(req.body ?? {});
        if (!parsed.success) throw new HttpError(400, 'The resume request is not valid.');
        const { resumeSecret, ...conversation } = parsed.data;
        if (!azureSecrets || resumeSecret === undefined || !azureSecrets.matches(conversation, resumeSecret)) {
          throw resumeRefused();
        }
        res.json(await azureResume(conversation));
        return;
      }
      res.json(await widgetGrant(tokens, await resumedGrant(tokens, req.body)));
    },
  );

  // "Continue with a code": the code "stop" gave, on this device or another; nothing of the conversation before it.
  router.post(
    '/api/directline/resume-code',
    addressLimit({ limit: codesPerMinute, windowMs: 60_000 }),
    express.json({ limit: '4kb' }),
    async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      const parsed = resumeCodeRequestSchema.safeParse(req.body ?? {});
      if (!parsed.success) throw new HttpError(400, 'The code is not valid.');
      const conversation = await options.redeemCode?.(parsed.data.code);
      if (!conversation) throw codeRefused();
      if (mode === 'azure' || !tokens) {
        res.json(await azureResume(conversation));
        return;
      }
      res.json(await widgetGrant(tokens, { ...conversation, locale: parsed.data.locale }));
    },
  );

  return router;
}

const codeRefused = () => new HttpError(403, 'This code does not open a conversation. Check it, or start a new chat.');

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
