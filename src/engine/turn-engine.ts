// The turn made durable: lock the conversation, skip what was already applied, run the pure turn, commit, then reply.
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { CrisisEvent } from '../../dialogs/intake-context.js';
import { languageOf } from '../../dialogs/locale.js';
import type { BotMessage } from '../conversation/prompt-model.js';
import type { ConversationRuntime } from '../conversation/runtime.js';
import {
  holdsRisk,
  resumeConversation,
  runRiskOnlyTurn,
  runTurn,
  startConversation,
  type TurnResult,
} from '../conversation/turn.js';
import { translator } from '../i18n/index.js';
import { newRecordId, newReference } from '../record/reference.js';
import { crisisAlertKind, crisisAlertPrefix, forEveryChannel } from '../store/alert-keys.js';
import type { OutboxMessage } from '../store/outbox-types.js';
import type { IntakeStore, StoredConversation } from '../store/types.js';
import type { CrisisFallbackLog } from './crisis-fallback.js';
import { failedTurnMessages, fallbackEntriesFor } from './failed-turn.js';
import type { IncomingTurn } from './incoming-turn.js';
import { resumeCodeFor, resumeCodeMessage } from './resume-code.js';
import type { TurnBudget } from './turn-budget.js';

/** Turns the neutral messages into the channel's activities (plain JSON, stored for redeliveries). */
export type RenderReplies = (messages: readonly BotMessage[], turn: IncomingTurn, language: string) => unknown[];

export interface TurnEngineDeps {
  store: IntakeStore;
  runtime: ConversationRuntime;
  logger: Logger;
  render: RenderReplies;
  /** Where crisis signals go when the store cannot take the turn; replayed when it is back. */
  fallback: CrisisFallbackLog;
  /** Turns per conversation and per user; none means no limit. */
  budget?: TurnBudget | undefined;
}

/** The language replies are rendered in: the conversation's, once a turn ran, else the activity's. */
const replyLanguage = (turn: IncomingTurn, result?: TurnResult) => languageOf(result?.record.locale ?? turn.locale);

/** One alert per crisis event, a row for every channel; the keys make a second queueing of the same event a no-op. */
export function alertsFor(result: TurnResult, events: readonly CrisisEvent[], ordinalBase: number): OutboxMessage[] {
  return events.flatMap((event, index) =>
    forEveryChannel(crisisAlertKind, `${crisisAlertPrefix}${result.record.id}:${ordinalBase + index}`, {
      recordId: result.record.id,
      reference: result.record.reference,
      level: event.level,
      kinds: [event.kind],
      at: event.at,
      discreetContact: result.record.contact.discreet,
    }),
  );
}

export class TurnEngine {
  constructor(private readonly deps: TurnEngineDeps) {}

  /** A turn with a crisis that could not be saved: the signal goes to the fallback file (never the text). */
  private keepCrisisSignals(turn: IncomingTurn, result: TurnResult | undefined, messages: readonly BotMessage[]): void {
    const entries = fallbackEntriesFor(turn, result, messages);
    if (entries.length === 0) return;
    try {
      this.deps.fallback.append(entries);
      this.deps.logger.warn(
        { conversation: turn.key, kept: entries.length },
        'crisis signal kept in the fallback file',
      );
    } catch (error) {
      this.deps.logger.fatal(
        { conversation: turn.key, err: { name: (error as Error).name } },
        'crisis signal could not be kept',
      );
    }
  }

  private runPure(existing: StoredConversation | undefined, turn: IncomingTurn, riskOnly: boolean): TurnResult {
    const { runtime } = this.deps;
    const input = { text: turn.text, value: turn.value, valueField: turn.valueField, at: turn.at };
    const run = riskOnly ? runRiskOnlyTurn : runTurn;
    if (existing) {
      return turn.kind === 'join'
        ? resumeConversation(runtime, existing.snapshot, turn.at)
        : run(runtime, existing.snapshot, input);
    }
    const started = startConversation(runtime, {
      recordId: newRecordId(),
      reference: newReference(),
      channel: turn.channel,
      locale: turn.locale,
      at: turn.at,
    });
    // A first message without a welcome (some channels send none) is read against the welcome question.
    return turn.kind === 'join' ? started : run(runtime, started.snapshot, input);
  }

  /** Whether this turn is within its conversation's and its user's budget (always, with no budget set). */
  private async withinBudget(turn: IncomingTurn): Promise<boolean> {
    const { budget } = this.deps;
    if (!budget) return true;
    return budget.take([`conversation:${turn.key}`, ...(turn.userId ? [`user:${turn.channel}:${turn.userId}`] : [])]);
  }

  /**
   * Runs one turn and returns the reply activities, sent by the caller only after this resolves. A message over the
   * budget is still read by the risk detector: a hit runs and stores the crisis flow; anything else is refused
   * with a notice, and nothing is stored.
   */
  async handle(turn: IncomingTurn): Promise<unknown[]> {
    const { logger, render } = this.deps;
    if (!(await this.withinBudget(turn))) {
      logger.warn({ conversation: turn.key, activityId: turn.activityId }, 'turn over budget');
      if (turn.kind !== 'message' || !holdsRisk(this.deps.runtime, turn.text)) {
        const language = replyLanguage(turn);
        return render([{ text: translator(language)('intake:notices.rateLimited'), intake: null }], turn, language);
      }
      return this.commitTurn(turn, true);
    }
    return this.commitTurn(turn, false);
  }

  private async commitTurn(turn: IncomingTurn, riskOnly: boolean): Promise<unknown[]> {
    const { store, logger, render } = this.deps;
    const startedAt = performance.now();
    let result: TurnResult | undefined;
    try {
      return await store.withConversation(turn.key, async (tx) => {
        if (turn.activityId) {
          const stored = await tx.repliesFor(turn.activityId);
          if (stored) {
            logger.info(
              { conversation: turn.key, activityId: turn.activityId },
              'redelivered activity answered from store',
            );
            return stored;
          }
        }
        const existing = await tx.load();
        result = this.runPure(existing, turn, riskOnly);
        const { abandonAfterHours } = this.deps.runtime.practice;
        const resumeCode = resumeCodeFor(turn, existing, result, abandonAfterHours);
        const messages = resumeCode
          ? [...result.messages, resumeCodeMessage(result, resumeCode, abandonAfterHours)]
          : result.messages;
        const replies = render(messages, turn, replyLanguage(turn, result));
        // Crisis events are append-only, so an event's position in the record is its stable ordinal.
        const ordinalBase = result.record.safety.detectorEvents.length - result.newCrisisEvents.length;
        await tx.commit({
          key: turn.key,
          expectedVersion: existing?.version ?? null,
          snapshot: result.snapshot,
          channel: turn.channel,
          activityId: turn.activityId,
          replies,
          record: result.record,
          crisisEvents: result.newCrisisEvents,
          outbox: alertsFor(result, result.newCrisisEvents, ordinalBase),
          at: turn.at,
          resumeCode,
        });
        logger.info(
          {
            conversation: turn.key,
            activityId: turn.activityId,
            recordId: result.record.id,
            state: result.state,
            crisisEvents: result.newCrisisEvents.length,
            ms: Math.round(performance.now() - startedAt),
          },
          'turn committed',
        );
        return replies;
      });
    } catch (error) {
      logger.error(
        { conversation: turn.key, activityId: turn.activityId, err: { name: (error as Error).name } },
        'turn not saved',
      );
      const messages = failedTurnMessages(this.deps.runtime, turn, result);
      this.keepCrisisSignals(turn, result, messages);
      return render(messages, turn, replyLanguage(turn, result));
    }
  }
}
