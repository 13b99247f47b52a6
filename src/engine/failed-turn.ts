// When a turn cannot be saved: say so honestly, and never withhold crisis help because the store is down.
import type { CrisisEvent } from '../../dialogs/intake-context.js';
import { languageOf } from '../../dialogs/locale.js';
import { crisisHelpFor } from '../conversation/crisis-help.js';
import type { BotMessage } from '../conversation/prompt-model.js';
import type { ConversationRuntime } from '../conversation/runtime.js';
import type { TurnResult } from '../conversation/turn.js';
import { translator } from '../i18n/index.js';
import { type FallbackEntry, newFallbackId } from './crisis-fallback.js';
import type { IncomingTurn } from './incoming-turn.js';

/** The crisis help of a turn that ran, as shown; of one that did not (the store failed first), what its text calls for. */
function crisisHelp(runtime: ConversationRuntime, turn: IncomingTurn, result: TurnResult | undefined): BotMessage[] {
  if (result) return result.messages.filter((m) => m.intake?.crisis);
  const help = crisisHelpFor(runtime, turn.text, turn.locale);
  return help ? [help] : [];
}

export function failedTurnMessages(
  runtime: ConversationRuntime,
  turn: IncomingTurn,
  result: TurnResult | undefined,
): BotMessage[] {
  const language = languageOf(result?.record.locale ?? turn.locale);
  return [
    ...crisisHelp(runtime, turn, result),
    { text: translator(language)('intake:notices.notSaved'), intake: null },
  ];
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
        minor: events.some((e) => e.minor),
        subject: first.subject,
      },
    ];
  }
  // The store failed before the turn ran: the help was worked out from the text alone.
  const crisis = messages.find((m) => m.intake?.crisis)?.intake?.crisis;
  if (!crisis) return [];
  return [
    {
      ...base,
      at: turn.at,
      step: 'welcome',
      field: null,
      signals: [
        { kind: crisis.kind as CrisisEvent['kind'], level: crisis.level === 'emergency' ? 'emergency' : 'concern' },
      ],
      rules: ['fallback.unsaved-turn'],
      minor: crisis.minor ?? false,
      subject: crisis.subject ?? 'self',
    },
  ];
}
