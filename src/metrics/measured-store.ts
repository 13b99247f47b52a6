// The store as the turn engine sees it, measured: commit latency, turns not saved, crisis events stored. Everything
// else passes through untouched.
import type { CrisisEvent } from '../../dialogs/intake-context.js';
import type { IntakeStore } from '../store/types.js';
import { channelLabel, type ServiceMetrics } from './service-metrics.js';

export function measuredStore(store: IntakeStore, metrics: ServiceMetrics): IntakeStore {
  const withConversation: IntakeStore['withConversation'] = (key, work) => {
    const channel = channelLabel(key.slice(0, Math.max(0, key.indexOf(':'))));
    const stored: CrisisEvent[] = [];
    let endCommit: (() => void) | undefined;
    return store
      .withConversation(key, (tx) =>
        work({
          load: () => tx.load(),
          repliesFor: (activityId) => tx.repliesFor(activityId),
          commit: async (turn) => {
            endCommit = metrics.commitSeconds.startTimer();
            await tx.commit(turn);
            stored.push(...turn.crisisEvents);
          },
        }),
      )
      .then(
        (result) => {
          // Durable only once the transaction around the commit has ended: that is when the timer stops.
          endCommit?.();
          for (const event of stored) metrics.crisisEvents.inc({ kind: event.kind, level: event.level });
          return result;
        },
        (error: unknown) => {
          metrics.turnErrors.inc({ channel });
          throw error;
        },
      );
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'withConversation') return withConversation;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
