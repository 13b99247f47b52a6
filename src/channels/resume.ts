// Reconnecting the widget to its conversation (a reload, a duplicated tab, a tab that asked an open one): a fresh token
// for the same conversation and user, only for the holder of the previous token or of the resume secret.
import { HttpError } from '../http/http-error.js';
import type { LocalGrant, LocalTokens } from './local-tokens.js';
import { resumeRequestSchema } from './schemas.js';

export const resumeRefused = () =>
  new HttpError(403, 'This conversation cannot be continued from here. Please start a new one.');

/** The grant to issue again, or 403 (never saying which proof failed). */
export async function resumedGrant(tokens: LocalTokens, body: unknown): Promise<LocalGrant> {
  const parsed = resumeRequestSchema.safeParse(body ?? {});
  if (!parsed.success) throw new HttpError(400, 'The resume request is not valid.');
  const { conversationId, userId, token, resumeSecret, locale } = parsed.data;
  if (token !== undefined) {
    const grant = await tokens.verifyForResume(token, conversationId).catch(() => undefined);
    if (grant && grant.userId === userId) return grant;
  }
  if (resumeSecret !== undefined && tokens.isResumeSecret({ conversationId, userId }, resumeSecret)) {
    return { conversationId, userId, locale };
  }
  throw resumeRefused();
}
