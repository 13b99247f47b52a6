// The abandon job's safety part: a conversation left while a check-in was open did not answer it, so a concern of the
// guessed kind is recorded and alerted (CRISIS.md), each in its own locked transaction like any turn.
import type { ConversationRuntime } from '../conversation/runtime.js';
import { expireCheckIn } from '../conversation/turn.js';
import type { Logger } from '../logging.js';
import type { IntakeStore } from '../store/types.js';
import { alertsFor } from './turn-engine.js';

export async function expireOpenCheckIns(
  { store, runtime, logger }: { store: IntakeStore; runtime: ConversationRuntime; logger: Logger },
  idleSince: string,
  now: string,
): Promise<number> {
  let expired = 0;
  for (const key of await store.idleConversations(idleSince)) {
    try {
      await store.withConversation(key, async (tx) => {
        const existing = await tx.load();
        const result = existing ? expireCheckIn(runtime, existing.snapshot, now) : undefined;
        if (!existing || !result) return;
        const ordinalBase = result.record.safety.detectorEvents.length - result.newCrisisEvents.length;
        await tx.commit({
          key,
          expectedVersion: existing.version,
          snapshot: result.snapshot,
          channel: existing.channel,
          activityId: null,
          replies: [],
          record: result.record,
          crisisEvents: result.newCrisisEvents,
          outbox: alertsFor(result, result.newCrisisEvents, ordinalBase),
          at: now,
        });
        expired += 1;
      });
    } catch (error) {
      logger.warn({ conversation: key, err: { name: (error as Error).name } }, 'open check-in not expired');
    }
  }
  if (expired > 0) logger.info({ expired }, 'check-ins left open recorded as concerns');
  return expired;
}
