// Direct Line 3.0 as Web Chat polls it (no streamUrl): tokens, conversations, activities with watermarks.
import express, { type Request, type Router } from 'express';
import { addressLimit } from '../http/address-limit.js';
import { HttpError } from '../http/http-error.js';
import type { Logger } from '../logging.js';
import type { Conversation, ConversationStore } from './conversation-store.js';
import { type LocalGrant, type LocalTokens, randomId } from './local-tokens.js';
import {
  startConversationSchema,
  tokenRequestSchema,
  type UserActivity,
  userActivitySchema,
  watermarkSchema,
} from './schemas.js';
import {
  type BotBoundActivity,
  botAccount,
  type ConversationHistory,
  type DeliverToBot,
  type DirectLineActivity,
  inProcessServiceUrl,
} from './types.js';

export interface DirectLineRouterOptions {
  store: ConversationStore;
  tokens: LocalTokens;
  deliver: DeliverToBot;
  history: ConversationHistory;
  logger: Logger;
  /** Tokens and new conversations per address per minute (RATE_LIMIT_TOKENS); 0 for no limit. */
  tokensPerMinute: number;
}

/** Every request under /v3/directline per address per minute: polling once a second from a few tabs fits. */
const requestsPerMinute = 1_200;

const json = express.json({ limit: '1mb' });

const grantBody = (conversationId: string, issued: { token: string; expiresIn: number }) => ({
  conversationId,
  token: issued.token,
  expires_in: issued.expiresIn,
});

/** A new conversation for one user: the id the client asked for, or one made up (`u_`), and its locale. */
export function newGrant(body: unknown): LocalGrant {
  const parsed = tokenRequestSchema.safeParse(body ?? {});
  if (!parsed.success) throw new HttpError(400, 'The token request is not valid.');
  return {
    conversationId: randomId(18),
    userId: parsed.data.user?.id ?? `u_${randomId(12)}`,
    locale: parsed.data.locale,
  };
}

function echoOf(conversation: Conversation, activity: UserActivity) {
  const name = activity.from?.name;
  const clientActivityID = activity.channelData?.clientActivityID;
  return {
    type: activity.type,
    from: { ...conversation.user, ...(name ? { name } : {}), role: 'user' as const },
    ...(activity.text !== undefined ? { text: activity.text } : {}),
    ...(activity.textFormat ? { textFormat: activity.textFormat } : {}),
    ...(activity.value !== undefined ? { value: activity.value } : {}),
    ...(activity.name ? { name: activity.name } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
    ...(clientActivityID ? { channelData: { clientActivityID } } : {}),
  };
}

export function createDirectLineRouter(options: DirectLineRouterOptions): Router {
  const { store, tokens, deliver, history, logger } = options;
  const router = express.Router();
  const tokenLimit = addressLimit({ limit: options.tokensPerMinute, windowMs: 60_000 });
  router.use(addressLimit({ limit: requestsPerMinute, windowMs: 60_000 }));

  /**
   * Catches a conversation up with what other instances answered (behind a load balancer without sticky sessions the
   * client's requests land anywhere): one indexed read of the turns stored since the latest one held, usually none.
   * Should the store not answer, the conversation is listed as held.
   */
  const catchUp = async (conversation: Conversation): Promise<void> => {
    const started = Date.now();
    try {
      const merged = store.merge(conversation, await history(conversation.id, store.sinceOf(conversation)));
      if (merged > 0) logger.debug({ conversation: conversation.id, merged, ms: Date.now() - started }, 'caught up');
    } catch (error) {
      logger.warn(
        { conversation: conversation.id, err: { name: (error as Error).name } },
        'direct line catch-up failed',
      );
    }
  };

  /** The conversation a token grants: from memory, caught up with the store, or rebuilt from the bot's stored replies. */
  const conversationOf = async (grant: LocalGrant): Promise<Conversation> => {
    const held = store.get(grant.conversationId);
    if (held) {
      await catchUp(held);
      return held;
    }
    const turns = await history(grant.conversationId);
    return store.open(grant.conversationId, { id: grant.userId, role: 'user' }, grant.locale, turns);
  };

  const toBot = (conversation: Conversation, activity: DirectLineActivity): BotBoundActivity => {
    const locale = typeof activity.locale === 'string' ? activity.locale : conversation.locale;
    return { ...activity, serviceUrl: inProcessServiceUrl, recipient: botAccount, ...(locale ? { locale } : {}) };
  };

  /** Turns of one conversation run in arrival order, so the welcome always comes before the first answer. */
  const enqueue = (conversation: Conversation, activity: DirectLineActivity): Promise<void> => {
    const run = conversation.queue.then(async () => {
      const replies = await deliver(toBot(conversation, activity));
      // Listed as stored, so that every instance gives these replies the same ids and sequence numbers.
      await catchUp(conversation);
      if (!store.hasTurn(conversation, activity.id)) store.appendTurn(conversation, activity.id, replies);
    });
    conversation.queue = run.catch(() => undefined);
    return run;
  };
  const failed = (conversation: Conversation, error: unknown) =>
    logger.warn({ conversation: conversation.id, err: { name: (error as Error).name } }, 'direct line delivery failed');

  const verify = (req: Request, conversationId?: string) => tokens.verify(req.headers.authorization, conversationId);

  router.post('/tokens/generate', tokenLimit, json, async (req, res) => {
    const grant = newGrant(req.body);
    res.setHeader('Cache-Control', 'no-store');
    res.json(grantBody(grant.conversationId, await tokens.issue(grant)));
  });

  router.post('/tokens/refresh', tokenLimit, async (req, res) => {
    const grant = await verify(req);
    res.setHeader('Cache-Control', 'no-store');
    res.json(grantBody(grant.conversationId, await tokens.issue(grant)));
  });

  router.post('/conversations', tokenLimit, json, async (req, res) => {
    const grant = await verify(req);
    const body = startConversationSchema.safeParse(req.body ?? {});
    if (!body.success) throw new HttpError(400, 'The conversation request is not valid.');
    const conversation = await conversationOf(grant);
    conversation.locale ??= body.data.locale;
    if (!conversation.started) {
      conversation.started = true;
      const joined: DirectLineActivity = {
        type: 'conversationUpdate',
        id: `${conversation.id}|start`,
        timestamp: new Date().toISOString(),
        channelId: 'directline',
        conversation: { id: conversation.id },
        from: conversation.user,
        membersAdded: [conversation.user],
      };
      enqueue(conversation, joined).catch((error) => failed(conversation, error));
    }
    res.setHeader('Cache-Control', 'no-store');
    // As Azure does: the conversation is started with the token the client already holds.
    res.status(201).json(grantBody(conversation.id, grant));
  });

  router.get('/conversations/:id', async (req, res) => {
    const grant = await verify(req, req.params.id);
    if (!watermarkSchema.safeParse(req.query).success) throw new HttpError(400, 'The watermark is not valid.');
    res.setHeader('Cache-Control', 'no-store');
    res.json(grantBody(grant.conversationId, grant));
  });

  router.get('/conversations/:id/activities', async (req, res) => {
    const grant = await verify(req, req.params.id);
    const query = watermarkSchema.safeParse(req.query);
    if (!query.success) throw new HttpError(400, 'The watermark is not valid.');
    res.setHeader('Cache-Control', 'no-store');
    res.json(store.after(await conversationOf(grant), query.data.watermark));
  });

  router.post(
    '/conversations/:id/activities',
    async (req, _res, next) => {
      // The token is checked before the body is read.
      await verify(req, req.params.id);
      next();
    },
    json,
    async (req, res) => {
      const grant = await verify(req, req.params.id);
      const parsed = userActivitySchema.safeParse(req.body);
      if (!parsed.success) throw new HttpError(400, 'The activity is not valid.');
      const conversation = await conversationOf(grant);
      // Typing is shown to nobody else, so it is neither kept nor sent to the bot.
      if (parsed.data.type === 'typing') {
        res.json({ id: `${conversation.id}|typing` });
        return;
      }
      const stored = store.append(conversation, echoOf(conversation, parsed.data));
      // The bot reads the whole message (the detector must); the listed echo may be trimmed for memory.
      const delivered = { ...stored, ...(parsed.data.text !== undefined ? { text: parsed.data.text } : {}) };
      try {
        await enqueue(conversation, delivered);
      } catch (error) {
        failed(conversation, error);
        throw new HttpError(502, 'The bot could not be reached. Please try again.');
      }
      res.json({ id: stored.id });
    },
  );

  return router;
}
