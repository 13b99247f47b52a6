// The code "stop" gives a person on the website chat to carry on later on any device: their reference plus a short
// secret (`K7F-29Q-M4T-8RW`), valid until the practice would count the intake as abandoned.
import { languageOf } from '../../dialogs/locale.js';
import type { BotMessage } from '../conversation/prompt-model.js';
import type { TurnResult } from '../conversation/turn.js';
import { translator } from '../i18n/index.js';
import { newResumeSecret, referenceAlphabet } from '../record/reference.js';
import type { NewResumeCode } from '../store/resume-codes.js';
import type { IntakeStore, StoredConversation } from '../store/types.js';
import type { IncomingTurn } from './incoming-turn.js';

/** Channels with the widget's "Continue with a code" (the terminal and Teams know who is there without one). */
const channelsWithCodes = new Set(['directline', 'webchat']);

export const formatResumeCode = (reference: string, secret: string) =>
  `${reference}-${secret.slice(0, 3)}-${secret.slice(3)}`;

/** A code as typed (any case, spaces or dashes anywhere): its reference and secret, or undefined when it cannot be one. */
export function parseResumeCode(typed: string): { reference: string; secret: string } | undefined {
  const compact = typed.toUpperCase().replace(/[\s\-–—_.]/g, '');
  if (compact.length !== 12 || ![...compact].every((c) => referenceAlphabet.includes(c))) return undefined;
  return { reference: `${compact.slice(0, 3)}-${compact.slice(3, 6)}`, secret: compact.slice(6) };
}

/** Whether the person began the intake (the welcome's "start" alone, e.g. "not now", is nothing to come back to). */
const hasAnswers = (result: TurnResult) => {
  const context = result.snapshot.context as { answers?: Record<string, unknown> } | undefined;
  return Object.keys(context?.answers ?? {}).some((field) => field !== 'start');
};

/**
 * The code to give when this turn paused an intake with answers worth coming back to, on a channel where the person
 * can enter it; undefined otherwise (still paused, nothing answered, another channel, no user id).
 */
export function resumeCodeFor(
  turn: IncomingTurn,
  existing: StoredConversation | undefined,
  result: TurnResult,
  abandonAfterHours: number,
): NewResumeCode | undefined {
  if (!channelsWithCodes.has(turn.channel) || !turn.userId) return undefined;
  if (result.state !== '"paused"' || existing?.snapshot.value === 'paused' || !hasAnswers(result)) return undefined;
  return {
    reference: result.record.reference,
    secret: newResumeSecret(),
    userId: turn.userId,
    expiresAt: new Date(Date.parse(turn.at) + abandonAfterHours * 3_600_000).toISOString(),
  };
}

/** The message that gives the code, after the "paused" one (with its metadata: it belongs to the same moment). */
export function resumeCodeMessage(result: TurnResult, code: NewResumeCode, abandonAfterHours: number): BotMessage {
  const t = translator(languageOf(result.record.locale));
  return {
    text: t('intake:notices.resumeCode', {
      code: formatResumeCode(code.reference, code.secret),
      count: abandonAfterHours,
    }),
    intake: result.messages.at(-1)?.intake ?? null,
  };
}

/** The website conversation a typed code continues, or undefined (a malformed code costs no database work). */
export async function conversationOfCode(
  store: Pick<IntakeStore, 'redeemResumeCode'>,
  typed: string,
  now: Date,
): Promise<{ conversationId: string; userId: string } | undefined> {
  const code = parseResumeCode(typed);
  if (!code) return undefined;
  const found = await store.redeemResumeCode(code.reference, code.secret, now.toISOString());
  if (!found) return undefined;
  const separator = found.conversationKey.indexOf(':');
  return { conversationId: found.conversationKey.slice(separator + 1), userId: found.userId };
}
