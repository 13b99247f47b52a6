// The Bot Connector routes the bot's replies come back to (serviceUrl = this server + /v3/directline/connector).
import express, { type Router } from 'express';
import { ChannelError } from './channel-error.js';
import type { ConversationStore } from './conversation-store.js';
import { botReplySchema } from './schemas.js';
import { botAccount } from './types.js';

/** Fields the service sets itself on a listed activity; the bot's values for them are not kept. */
const serviceFields = new Set(['id', 'timestamp', 'channelId', 'conversation', 'serviceUrl', 'from']);

export function createConnectorRouter(store: ConversationStore): Router {
  const router = express.Router();
  const json = express.json({ limit: '1mb' });

  const receive: express.RequestHandler<{ conversationId: string; replyToId?: string }> = (req, res) => {
    const conversation = store.find(req.params.conversationId);
    if (!conversation) throw new ChannelError(404, 'No such conversation.');
    const parsed = botReplySchema.safeParse(req.body);
    if (!parsed.success) throw new ChannelError(400, 'The activity is not valid.');
    const reply = parsed.data;
    const kept = Object.fromEntries(Object.entries(reply).filter(([key]) => !serviceFields.has(key)));
    const replyToId = reply.replyToId ?? req.params.replyToId;
    const stored = store.append(conversation, {
      ...kept,
      type: reply.type,
      from: { ...(reply.from ?? botAccount), role: 'bot' },
      ...(replyToId ? { replyToId } : {}),
    });
    res.json({ id: stored.id });
  };

  router.post('/v3/conversations/:conversationId/activities', json, receive);
  router.post('/v3/conversations/:conversationId/activities/:replyToId', json, receive);
  return router;
}
