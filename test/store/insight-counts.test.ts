// The funnel's weekly counters, moved in each turn's transaction on SQLite and (when TEST_DATABASE_URL is set)
// PostgreSQL: a new conversation is started, each step counts once going forward, declining consent counts though
// nothing else is kept, a raised triage level counts, and the abandon sweep says at which step people stopped.
import { beforeEach, expect, it } from 'vitest';
import { weekOf } from '../../src/store/insight-metrics.js';
import type { IntakeStore, TurnCommit } from '../../src/store/types.js';
import { Conversation } from '../helpers/conversation.js';
import { describeEachStore } from './each-store.js';
import type { TestDatabase } from './targets.js';

const at = '2026-11-25T10:00:00.000Z';
const week = weekOf(at);

/** Commits every turn of a scripted conversation, as the engine would. */
async function commitAll(store: IntakeStore, key: string, answers: string[]) {
  const conversation = new Conversation();
  const turns = [conversation.turn];
  for (const answer of answers) {
    conversation.say(answer);
    turns.push(conversation.turn);
  }
  let version: number | null = null;
  for (const [index, turn] of turns.entries()) {
    const commit: TurnCommit = {
      key,
      expectedVersion: version,
      snapshot: turn.snapshot,
      channel: 'test',
      activityId: `a${index}`,
      replies: [],
      record: turn.record,
      crisisEvents: [],
      outbox: [],
      at,
    };
    await store.withConversation(key, (tx) => tx.commit(commit));
    version = (version ?? 0) + 1;
  }
}

const counts = async (store: IntakeStore) =>
  Object.fromEntries((await store.insightCounts(week, week)).map((row) => [row.metric, row.count]));

describeEachStore('funnel counters', (opened) => {
  let database: TestDatabase;
  let store: IntakeStore;
  beforeEach(() => {
    ({ database, store } = opened());
  });

  it('counts a start, the steps reached and a declined consent, with no id anywhere', async () => {
    await commitAll(store, 'test:one', ['start', 'yes']);
    await commitAll(store, 'test:two', ['start', 'no']);
    const seen = await counts(store);
    expect(seen.started).toBe(2);
    expect(seen['reached:consent']).toBe(2);
    expect(seen.declined).toBe(1);
    const rows = await database.rows('select * from insight_counts');
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['count', 'metric', 'week']);
  });

  it('counts a raised triage level once', async () => {
    await commitAll(store, 'test:risk', ['start', 'yes', 'I want to kill myself', 'I am safe right now']);
    const seen = await counts(store);
    expect(Object.keys(seen).some((metric) => metric.startsWith('triage:'))).toBe(true);
    expect(
      Object.entries(seen)
        .filter(([m]) => m.startsWith('triage:'))
        .every(([, n]) => n === 1),
    ).toBe(true);
  });

  it('counts where people stopped when the sweep marks them abandoned', async () => {
    await commitAll(store, 'test:idle', ['start', 'yes']);
    expect(await store.markAbandoned('2026-11-29T00:00:00.000Z', '2026-11-29T00:00:00.000Z')).toBe(1);
    const seen = await counts(store);
    expect(seen.abandoned).toBe(1);
    expect(seen['abandoned-at:about']).toBe(1);
  });
});
