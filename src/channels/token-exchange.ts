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
}

const unavailable = () => new HttpError(502, 'The chat service is not available right now. Please try again later.');

export async function exchangeSecret(secret: string, logger: Logger): Promise<ExchangedToken> {
  let response: Response;
  try {
    response = await fetch(directLineTokenUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      // A `dl_` user id inside the signed token: Web Chat reads it from there and nobody can post as someone else.
      body: JSON.stringify({ user: { id: `dl_${randomId(12)}` } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    logger.warn({ err: { name: (error as Error).name } }, 'direct line token exchange failed');
    throw unavailable();
  }
  if (!response.ok) {
    logger.warn({ status: response.status }, 'direct line token exchange refused');
    await response.body?.cancel();
    throw unavailable();
  }
  const parsed = directLineTokenSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    logger.warn({ status: response.status }, 'direct line token exchange answered an unexpected shape');
    throw unavailable();
  }
  const { token, conversationId, expires_in } = parsed.data;
  return { token, conversationId, expires_in };
}
