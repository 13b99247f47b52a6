// When a turn cannot be saved: say so honestly, and never withhold crisis help because the store is down.
import type { BotMessage } from '../conversation/prompt-model.js';
import type { ConversationRuntime } from '../conversation/runtime.js';
import { runTurn, startConversation, type TurnResult } from '../conversation/turn.js';
import { translator } from '../i18n/index.js';
import type { IncomingTurn } from './incoming-turn.js';

/** The crisis messages this text calls for, worked out on a fresh conversation (no store needed). */
function crisisMessagesWithoutStore(runtime: ConversationRuntime, turn: IncomingTurn): BotMessage[] {
  if (!turn.text) return [];
  const fresh = startConversation(runtime, {
    recordId: 'unsaved',
    reference: '-',
    channel: turn.channel,
    locale: turn.locale,
    at: turn.at,
  });
  const result = runTurn(runtime, fresh.snapshot, { text: turn.text, at: turn.at });
  return result.messages.filter((m) => m.intake?.crisis);
}

export function failedTurnMessages(
  runtime: ConversationRuntime,
  turn: IncomingTurn,
  result: TurnResult | undefined,
): BotMessage[] {
  const crisis = result ? result.messages.filter((m) => m.intake?.crisis) : crisisMessagesWithoutStore(runtime, turn);
  const language = result?.record.locale.split('-')[0] ?? turn.locale.split('-')[0] ?? 'en';
  return [...crisis, { text: translator(language)('intake:notices.notSaved'), intake: null }];
}
