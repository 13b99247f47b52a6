// A check-in left open when the conversation is abandoned: the concern and its alert are stored, on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConversationRuntime, type Detect } from '../../src/conversation/runtime.js';
import type { RiskAssessment } from '../../src/crisis/types.js';
import { CrisisFallbackLog } from '../../src/engine/crisis-fallback.js';
import { expireOpenCheckIns } from '../../src/engine/expire-check-ins.js';
import { TurnEngine } from '../../src/engine/turn-engine.js';
import { createLogger } from '../../src/logging.js';
import { openStore } from '../../src/store/open-store.js';
import type { IntakeStore } from '../../src/store/types.js';
import { defaultPractice } from '../helpers/conversation.js';
import { postgresDatabase, postgresUrl, sqliteDatabase, type TestDatabase } from '../store/targets.js';

const quiet: RiskAssessment = { hits: [], kinds: [], minor: false, denial: false, subject: 'self' };
/** Unsure about every message that says "unsure"; quiet otherwise. */
const unsure: Detect = (text) => (text.includes('unsure') ? { ...quiet, checkIn: { kind: 'self-harm' } } : quiet);
const runtime = createConversationRuntime(defaultPractice, unsure);
const logger = createLogger('silent');

const backends = [
  ['sqlite', sqliteDatabase, false],
  ['postgres', postgresDatabase, !postgresUrl],
] as const;

describe.each(backends)('expiring open check-ins on %s', (_dialect, createDatabase, skip) => {
  describe.skipIf(skip)('', () => {
    let database: TestDatabase;
    let store: IntakeStore;
    beforeEach(async () => {
      database = await createDatabase();
      store = await openStore(database.url, {});
    });
    afterEach(async () => {
      await store.close();
      await database.drop();
    });

    const engine = () =>
      new TurnEngine({
        store,
        runtime,
        logger,
        render: (messages) => messages.map((m) => ({ text: m.text })),
        fallback: new CrisisFallbackLog('/nonexistent/never-written.jsonl'),
      });
    const say = (key: string, text: string, at: string) =>
      engine().handle({
        key,
        channel: 'test',
        activityId: null,
        userId: 'u',
        locale: 'en-US',
        kind: 'message',
        text,
        at,
      });

    it('records the concern and its alert for a conversation left with a check-in open, and only for that one', async () => {
      await say('test:open', 'start', '2026-11-01T10:00:00.000Z');
      await say('test:open', 'yes', '2026-11-01T10:00:01.000Z');
      await say('test:open', 'something unsure', '2026-11-01T10:00:02.000Z');
      await say('test:answered', 'start', '2026-11-01T10:00:00.000Z');
      await say('test:answered', 'yes', '2026-11-01T10:00:01.000Z');
      await say('test:answered', 'something unsure', '2026-11-01T10:00:02.000Z');
      await say('test:answered', "I'm safe", '2026-11-01T10:00:03.000Z');

      const expired = await expireOpenCheckIns(
        { store, runtime, logger },
        '2026-11-02T00:00:00.000Z',
        '2026-11-04T10:00:00.000Z',
      );
      expect(expired).toBe(1);
      const events = await store.listCrisisEvents();
      expect(events).toEqual([
        expect.objectContaining({ kind: 'self-harm', level: 'concern', source: 'check-in', subject: 'self' }),
      ]);
      expect((await store.listOutbox()).filter((m) => m.kind === 'crisis-alert')).toHaveLength(1);
      // Running again changes nothing.
      expect(
        await expireOpenCheckIns({ store, runtime, logger }, '2026-11-05T00:00:00.000Z', '2026-11-05T10:00:00.000Z'),
      ).toBe(0);
      const records = await store.listRecords();
      const checkIns = records.flatMap((r) => (r.ok ? r.record.safety.checkIns.map((c) => c.answer) : []));
      expect(checkIns.sort()).toEqual(['none', 'safe']);
    });
  });
});
