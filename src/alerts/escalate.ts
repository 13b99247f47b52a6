// Unacknowledged crisis alerts become escalations (new outbox rows, so they too are delivered at least once, once).
import { alertKindOf, channelKind, crisisEscalationKind, escalationKeyFor } from '../store/alert-keys.js';
import type { OutboxStore } from '../store/outbox-types.js';
import { alertPayloadSchema } from './alert-body.js';
import type { AlertLogger } from './logger.js';

/**
 * Queues an escalation for every alert delivered `escalationMinutes` before `now` and not acknowledged; returns how
 * many. Each channel's alert escalates on that channel, once that channel has delivered it.
 */
export async function escalateOverdueAlerts(
  store: OutboxStore,
  logger: AlertLogger,
  escalationMinutes: number,
  now: Date,
): Promise<number> {
  const deliveredBefore = new Date(now.getTime() - escalationMinutes * 60_000).toISOString();
  let queued = 0;
  for (const alert of await store.listOverdueAlerts(deliveredBefore)) {
    const dedupKey = escalationKeyFor(alert.dedupKey);
    const channel = alertKindOf(alert.kind)?.channel;
    const payload = alertPayloadSchema.safeParse(alert.payload);
    if (!dedupKey || !channel || !payload.success) {
      logger.error({ alertId: alert.id }, 'crisis alert cannot be escalated: unexpected key or payload');
      continue;
    }
    // The same key twice (another worker, a retry) is ignored by the store.
    const inserted = await store.enqueueOutbox(
      [{ kind: channelKind(crisisEscalationKind, channel), dedupKey, payload: payload.data }],
      now.toISOString(),
    );
    if (inserted > 0) {
      queued += 1;
      logger.warn(
        {
          alertId: alert.id,
          channel,
          recordId: payload.data.recordId,
          riskLevel: payload.data.level,
          escalationMinutes,
        },
        'crisis alert not acknowledged in time: escalating to on-call',
      );
    }
  }
  return queued;
}
