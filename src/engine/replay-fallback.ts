// Crisis signals kept in the fallback file go into the store once it is back: the conversation, record, events, alerts.
import type { ConversationRuntime } from '../conversation/runtime.js';
import { restoreSignals, startConversation } from '../conversation/turn.js';
import type { Logger } from '../logging.js';
import { newRecordId, newReference } from '../record/reference.js';
import type { IntakeStore } from '../store/types.js';
import type { CrisisFallbackLog, FallbackEntry } from './crisis-fallback.js';
import { alertsFor } from './turn-engine.js';

export interface ReplayDeps {
  store: IntakeStore;
  runtime: ConversationRuntime;
  fallback: CrisisFallbackLog;
  logger: Logger;
}

function byConversation(entries: readonly FallbackEntry[]): Map<string, FallbackEntry[]> {
  const groups = new Map<string, FallbackEntry[]>();
  for (const entry of entries) groups.set(entry.conversationKey, [...(groups.get(entry.conversationKey) ?? []), entry]);
  return groups;
}

/**
 * Replays what the file holds; each conversation in its own transaction, and an entry leaves the file only after its
 * commit. Restoring is idempotent (the machine skips a fallback id it already has), so a crash in between is safe.
 */
export async function replayFallback(
  { store, runtime, fallback, logger }: ReplayDeps,
  now = new Date(),
): Promise<number> {
  const entries = fallback.readAll();
  let replayed = 0;
  for (const [key, group] of byConversation(entries)) {
    const first = group[0] as FallbackEntry;
    try {
      await store.withConversation(key, async (tx) => {
        const existing = await tx.load();
        const at = now.toISOString();
        const snapshot =
          existing?.snapshot ??
          startConversation(runtime, {
            recordId: newRecordId(),
            reference: newReference(),
            channel: first.channel,
            locale: first.locale,
            at: first.at,
          }).snapshot;
        const result = restoreSignals(runtime, snapshot, group, at);
        const ordinalBase = result.record.safety.detectorEvents.length - result.newCrisisEvents.length;
        await tx.commit({
          key,
          expectedVersion: existing?.version ?? null,
          snapshot: result.snapshot,
          channel: first.channel,
          activityId: null,
          replies: [],
          record: result.record,
          crisisEvents: result.newCrisisEvents,
          outbox: alertsFor(result, result.newCrisisEvents, ordinalBase),
          at,
        });
      });
      fallback.remove(group.map((entry) => entry.fallbackId));
      replayed += group.length;
    } catch (error) {
      logger.warn({ conversation: key, err: { name: (error as Error).name } }, 'fallback replay deferred');
    }
  }
  if (replayed > 0) logger.info({ replayed }, 'crisis signals replayed from the fallback file');
  return replayed;
}
