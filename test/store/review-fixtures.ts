// Records for the review-side store tests: intakes at chosen times, levels and names, committed as turns are.
import type { CrisisEvent } from '../../dialogs/intake-context.js';
import type { IntakeRecord } from '../../src/record/schema.js';
import type { IntakeStore } from '../../src/store/types.js';
import { Conversation } from '../helpers/conversation.js';

const started = new Conversation().sayAll(['start', 'yes']);
const risky = new Conversation().sayAll(['start', 'yes', 'I want to kill myself']);

/** A detector event as a real turn raises it. */
export const crisisEvent: CrisisEvent = risky.turn.newCrisisEvents[0] as CrisisEvent;

/** Which day of January 2026, at 09:00 UTC (plus `minutes`). */
export const jan = (day: number, minutes = 0) =>
  new Date(Date.UTC(2026, 0, day, 9, minutes)).toISOString().replace(/\.\d{3}Z$/, '.000Z');

export interface IntakeShape {
  id: string;
  day: number;
  status?: IntakeRecord['status'];
  level?: IntakeRecord['triage']['level'];
  /** Day it was sent, for a submitted intake (default: its creation day). */
  sentDay?: number;
  firstName?: string;
  lastName?: string;
  reference?: string;
}

/** An intake created on `day` (the reference is derived from the id unless given). */
export function intake(shape: IntakeShape): IntakeRecord {
  const status = shape.status ?? 'in-progress';
  const level = shape.level ?? 'none';
  const createdAt = jan(shape.day);
  const submittedAt = status === 'submitted' ? jan(shape.sentDay ?? shape.day, 30) : null;
  return {
    ...started.record,
    id: shape.id,
    reference: shape.reference ?? `R${shape.id.toUpperCase().padEnd(5, 'X').slice(0, 5)}`.replace(/^(.{3})/, '$1-'),
    status,
    createdAt,
    updatedAt: submittedAt ?? jan(shape.day, 10),
    submittedAt,
    triage: {
      level,
      kinds: level === 'none' ? [] : ['suicide'],
      reasons: level === 'none' ? [] : [`detector:suicide:${level}`],
    },
    contact: {
      ...started.record.contact,
      firstName: shape.firstName ?? 'Sam',
      ...(shape.lastName ? { lastName: shape.lastName } : {}),
      email: `${shape.id}@example.org`,
      contactMethods: ['email'],
    },
  };
}

/**
 * Commits the record as the next turn of its own conversation, with crisis events raised in that turn at `at`
 * (default: the record's last update), exactly as the turn engine does.
 */
export async function save(
  store: IntakeStore,
  record: IntakeRecord,
  options: { events?: readonly CrisisEvent[]; at?: string } = {},
): Promise<void> {
  const key = `test:${record.id}`;
  const at = options.at ?? record.updatedAt;
  await store.withConversation(key, async (tx) => {
    const current = await tx.load();
    await tx.commit({
      key,
      expectedVersion: current?.version ?? null,
      snapshot: started.turn.snapshot,
      channel: 'test',
      activityId: null,
      replies: [],
      record,
      crisisEvents: (options.events ?? []).map((event) => ({ ...event, at })),
      outbox: [],
      at,
    });
  });
}

/** Saves a flagged intake with the detector event that flagged it (none for `urgent`: a screen result). */
export const saveFlagged = (store: IntakeStore, record: IntakeRecord) =>
  save(store, record, { events: record.triage.level === 'urgent' ? [] : [crisisEvent] });
