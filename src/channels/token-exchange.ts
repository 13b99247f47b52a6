// Production Web Chat: the Direct Line secret exchanged server-side for a per-conversation token (never sent out).

import { HttpError } from '../http/http-error.js';
import type { Logger } from '../logging.js';
import { randomId } from './local-tokens.js';
import { directLineTokenSchema } from './schemas.js';

export const directLineTokenUrl = 'https://directline.botframework.com/v3/directline/tokens/generate';
const timeoutMs = 10_000;

export interface ExchangedToken {
  token: string;
  conversationId: string;
  expires_in: number;
  /** The user id inside the token (the widget keeps it to prove, with the resume secret, whose conversation it is). */
  userId: string;
}

/** Azure's reconnect: a fresh token for a conversation that already exists, asked with the secret. */
export const directLineConversationUrl = (conversationId: string) =>
  `https://directline.botframework.com/v3/directline/conversations/${encodeURIComponent(conversationId)}`;

const gone = () => new HttpError(403, 'This conversation cannot be continued from here. Please start a new one.');
const unavailable = () => new HttpError(502, 'The chat service is not available right now. Please try again later.');

export async function exchangeSecret(secret: string, logger: Logger): Promise<ExchangedToken> {
  // A `dl_` user id inside the signed token: Web Chat reads it from there and nobody can post as someone else.
  const userId = `dl_${randomId(12)}`;
  const body = JSON.stringify({ user: { id: userId } });
  const token = await askDirectLine(directLineTokenUrl, { method: 'POST', body }, secret, logger, 'token exchange');
  return { ...token, userId };
}

/** A fresh token for an existing conversation (a reload, a resume code); 403 when Azure no longer knows it. */
export async function reconnectConversation(
  secret: string,
  conversation: { conversationId: string; userId: string },
  logger: Logger,
): Promise<ExchangedToken> {
  const url = directLineConversationUrl(conversation.conversationId);
  const token = await askDirectLine(url, { method: 'GET' }, secret, logger, 'reconnect');
  if (token.conversationId !== conversation.conversationId) throw unavailable();
  return { ...token, userId: conversation.userId };
}

async function askDirectLine(
  url: string,
  init: { method: 'GET' | 'POST'; body?: string },
  secret: string,
  logger: Logger,
  what: string,
): Promise<Omit<ExchangedToken, 'userId'>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    logger.warn({ err: { name: (error as Error).name } }, `direct line ${what} failed`);
    throw unavailable();
  }
  if (!response.ok) {
    logger.warn({ status: response.status }, `direct line ${what} refused`);
    await response.body?.cancel();
    // A conversation Azure has forgotten cannot be continued; anything else is Azure being unavailable.
    if (init.method === 'GET' && (response.status === 404 || response.status === 403)) throw gone();
    throw unavailable();
  }
  const parsed = directLineTokenSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    logger.warn({ status: response.status }, `direct line ${what} answered an unexpected shape`);
    throw unavailable();
  }
  const { token, conversationId, expires_in } = parsed.data;
  return { token, conversationId, expires_in };
}
