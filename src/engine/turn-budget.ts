// How many turns a conversation and a user may take: a burst, then a steady rate (express-rate-limit's counters).
import { MemoryStore, type Options } from 'express-rate-limit';
import type { TurnBudgetSetting } from '../config.js';

/**
 * A fixed window of `burst / perSecond` seconds holding at most `burst` turns: a scripted client can run a whole
 * intake at once, a flood cannot go on. Counted per conversation and per user id, never per address: in production
 * every activity comes from the Bot Connector's few addresses, and local load tests all come from 127.0.0.1.
 */
export class TurnBudget {
  private readonly counters = new MemoryStore();

  constructor(private readonly setting: TurnBudgetSetting) {
    this.counters.init({ windowMs: Math.ceil((setting.burst / setting.perSecond) * 1000) } as Options);
  }

  /** Counts one turn against every key; false when any of them is over its budget. */
  async take(keys: readonly string[]): Promise<boolean> {
    let allowed = true;
    for (const key of keys) {
      const { totalHits } = await this.counters.increment(key);
      if (totalHits > this.setting.burst) allowed = false;
    }
    return allowed;
  }

  close(): void {
    this.counters.shutdown();
  }
}
