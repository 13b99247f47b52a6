// Direct Line 3.0 as Web Chat polls it (no streamUrl): tokens, conversations, activities with watermarks.
import express, { type Request, type Router } from 'express';
import type { Logger } from '../logging.js';
import { ChannelError } from './channel-error.js';
import type { Conversation, ConversationStore, TokenGrant } from './conversation-store.js';
import { issueLocalToken } from './local-token.js';
import { rateLimit } from './rate-limit.js';
import { startConversationSchema, type UserActivity, userActivitySchema, watermarkSchema } from './schemas.js';
import { type BotBoundActivity, botAccount, type DeliverToBot, type DirectLineActivity } from './types.js';

export interface DirectLineRouterOptions {
  store: ConversationStore;
  deliver: DeliverToBot;
  logger: Logger;
  publicUrl: string | undefined;
}

export const connectorPath = '/v3/directline/connector';

const json = express.json({ limit: '1mb' });

/** This server's own base: PUBLIC_URL, else the address the request arrived on (the socket's, not the Host header). */
export function ownBase(req: Pick<Request, 'socket'>, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const address = req.socket.localAddress ?? '127.0.0.1';
  const host = address.startsWith('::ffff:') ? address.slice(7) : address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}`;
}

const grantBody = (grant: TokenGrant) => ({
  conversationId: grant.conversation.id,
  token: grant.token,
  expires_in: grant.expiresIn,
});

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

export function createDirectLineRouter({ store, deliver, logger, publicUrl }: DirectLineRouterOptions): Router {
  const router = express.Router();
  const toBot = (req: Request, conversation: Conversation, activity: DirectLineActivity): BotBoundActivity => {
    const locale = typeof activity.locale === 'string' ? activity.locale : conversation.locale;
    return {
      ...activity,
      serviceUrl: `${ownBase(req, publicUrl)}${connectorPath}`,
      recipient: botAccount,
      ...(locale ? { locale } : {}),
    };
  };
  /** Turns of one conversation run in arrival order, so the welcome always comes before the first answer. */
  const enqueue = (conversation: Conversation, activity: BotBoundActivity): Promise<void> => {
    const run = conversation.queue.then(() => deliver(activity));
    conversation.queue = run.catch(() => undefined);
    return run;
  };
  const failed = (conversation: Conversation, error: unknown) =>
    logger.warn({ conversation: conversation.id, err: { name: (error as Error).name } }, 'direct line delivery failed');

  router.post('/tokens/generate', rateLimit({ limit: 30, windowMs: 60_000 }), json, (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(issueLocalToken(store, req.body));
  });

  router.post('/tokens/refresh', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(grantBody(store.refresh(req.headers.authorization)));
  });

  router.post('/conversations', json, (req, res) => {
    const grant = store.authorize(req.headers.authorization);
    const body = startConversationSchema.safeParse(req.body ?? {});
    if (!body.success) throw new ChannelError(400, 'The conversation request is not valid.');
    const { conversation } = grant;
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
      enqueue(conversation, toBot(req, conversation, joined)).catch((error) => failed(conversation, error));
    }
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(grantBody(grant));
  });

  router.get('/conversations/:id', (req, res) => {
    const grant = store.authorize(req.headers.authorization, req.params.id);
    if (!watermarkSchema.safeParse(req.query).success) throw new ChannelError(400, 'The watermark is not valid.');
    res.setHeader('Cache-Control', 'no-store');
    res.json(grantBody(grant));
  });

  router.get('/conversations/:id/activities', (req, res) => {
    const { conversation } = store.authorize(req.headers.authorization, req.params.id);
    const query = watermarkSchema.safeParse(req.query);
    if (!query.success) throw new ChannelError(400, 'The watermark is not valid.');
    res.setHeader('Cache-Control', 'no-store');
    res.json(store.after(conversation, query.data.watermark));
  });

  router.post(
    '/conversations/:id/activities',
    (req, _res, next) => {
      // The token is checked before the body is read.
      store.authorize(req.headers.authorization, req.params.id);
      next();
    },
    json,
    async (req, res) => {
      const { conversation } = store.authorize(req.headers.authorization, req.params.id);
      const parsed = userActivitySchema.safeParse(req.body);
      if (!parsed.success) throw new ChannelError(400, 'The activity is not valid.');
      const stored = store.append(conversation, echoOf(conversation, parsed.data));
      if (stored.type !== 'typing') {
        try {
          await enqueue(conversation, toBot(req, conversation, stored));
        } catch (error) {
          failed(conversation, error);
          throw new ChannelError(502, 'The bot could not be reached. Please try again.');
        }
      }
      res.json({ id: stored.id });
    },
  );

  return router;
}
