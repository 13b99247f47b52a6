// Scheduled jobs on several instances sharing one database: each interval's run goes to exactly one caller.
import { expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { describeEachStore } from './each-store.js';

const minute = 60_000;
const at = (minutes: number) => new Date(Date.parse('2026-12-02T10:00:00.000Z') + minutes * minute);

describeEachStore('scheduled job runs', (opened) => {
  it('gives the first run to one of two instances claiming at once, and the next interval again to one', async () => {
    const { store, database } = opened();
    const other = await openStore(database.url);
    try {
      const claims = (minutes: number) =>
        Promise.all([
          store.claimScheduledRun('sweep', at(minutes), 10 * minute),
          other.claimScheduledRun('sweep', at(minutes), 10 * minute),
          store.claimScheduledRun('sweep', at(minutes), 10 * minute),
          other.claimScheduledRun('sweep', at(minutes), 10 * minute),
        ]);
      expect((await claims(0)).filter(Boolean)).toHaveLength(1);
      // Within the interval nobody runs it again; once it has passed, one caller does.
      expect((await claims(4)).filter(Boolean)).toHaveLength(0);
      expect((await claims(9.9)).filter(Boolean)).toHaveLength(0);
      expect((await claims(10)).filter(Boolean)).toHaveLength(1);
      expect((await claims(15)).filter(Boolean)).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('keeps each job to its own interval', async () => {
    const { store } = opened();
    expect(await store.claimScheduledRun('sweep', at(0), 10 * minute)).toBe(true);
    expect(await store.claimScheduledRun('escalation', at(0), minute)).toBe(true);
    expect(await store.claimScheduledRun('escalation', at(1), minute)).toBe(true);
    expect(await store.claimScheduledRun('sweep', at(1), 10 * minute)).toBe(false);
  });

  it('records which process took the run, never more', async () => {
    const { store, database } = opened();
    await store.claimScheduledRun('sweep', at(0), 10 * minute);
    const rows = await database.rows('select job, last_run_at, last_run_by from scheduled_jobs');
    expect(rows).toEqual([
      { job: 'sweep', last_run_at: at(0).toISOString(), last_run_by: expect.stringMatching(/:\d+$/) },
    ]);
  });
});
