// When a turn cannot be saved: say so honestly, and never withhold crisis help because the store is down.
import type { CrisisEvent } from '../../dialogs/intake-context.js';
import { languageOf } from '../../dialogs/locale.js';
import type { BotMessage } from '../conversation/prompt-model.js';
import type { ConversationRuntime } from '../conversation/runtime.js';
import { runTurn, startConversation, type TurnResult } from '../conversation/turn.js';
import { translator } from '../i18n/index.js';
import { type FallbackEntry, newFallbackId } from './crisis-fallback.js';
import type { IncomingTurn } from './incoming-turn.js';

/** The turn this text calls for, worked out on a fresh conversation (no store needed). */
function turnWithoutStore(runtime: ConversationRuntime, turn: IncomingTurn): TurnResult | undefined {
  if (!turn.text) return undefined;
  const fresh = startConversation(runtime, {
    recordId: 'unsaved',
    reference: '-',
    channel: turn.channel,
    locale: turn.locale,
    at: turn.at,
  });
  return runTurn(runtime, fresh.snapshot, { text: turn.text, at: turn.at });
}

export function failedTurnMessages(
  runtime: ConversationRuntime,
  turn: IncomingTurn,
  result: TurnResult | undefined,
): BotMessage[] {
  const crisis = (result ?? turnWithoutStore(runtime, turn))?.messages.filter((m) => m.intake?.crisis) ?? [];
  const language = languageOf(result?.record.locale ?? turn.locale);
  return [...crisis, { text: translator(language)('intake:notices.notSaved'), intake: null }];
}

/** The crisis signals of a turn that was not saved, as fallback entries (kinds, levels, where; never the text). */
export function fallbackEntriesFor(
  turn: IncomingTurn,
  result: TurnResult | undefined,
  messages: readonly BotMessage[],
): FallbackEntry[] {
  const base = { fallbackId: newFallbackId(), conversationKey: turn.key, channel: turn.channel, locale: turn.locale };
  const events = result?.newCrisisEvents ?? [];
  const first = events[0] as CrisisEvent | undefined;
  if (first) {
    return [
      {
        ...base,
        at: first.at,
        step: first.step,
        field: first.field,
        signals: events.map((e) => ({ kind: e.kind, level: e.level })),
        rules: [...new Set(events.flatMap((e) => e.rules))],
        // Only the flow (already shown) depends on it; the restored event keeps kind and level.
        minor: false,
      },
    ];
  }
  // The store failed before the turn ran: the messages were worked out on a fresh conversation.
  const crisis = messages.find((m) => m.intake?.crisis)?.intake?.crisis;
  if (!crisis) return [];
  return [
    {
      ...base,
      at: turn.at,
      step: 'welcome',
      field: null,
      signals: [{ kind: crisis.kind as CrisisEvent['kind'], level: crisis.level }],
      rules: ['fallback.unsaved-turn'],
      minor: false,
    },
  ];
}
