// Crisis event and outbox rows parsed back into their types at the storage boundary.
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { riskKinds, riskLevels, riskSubjects } from '../../dialogs/crisis-policy.js';
import { type CrisisEvent, riskSources } from '../../dialogs/intake-context.js';
import { stepIds } from '../../dialogs/types.js';
import { sealedColumns } from './crypto/columns.js';
import type { ValueCipher } from './crypto/value-cipher.js';
import type { CrisisEventsTable, OutboxTable } from './database.js';
import type { OutboxMessage } from './outbox-types.js';

const jsonText = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);

const crisisEventRow = z.object({
  record_id: z.string(),
  at: z.string(),
  step: z.enum(stepIds),
  field: z.string().nullable(),
  kind: z.enum(riskKinds),
  level: z.enum(riskLevels),
  subject: z.enum(riskSubjects),
  minor: z.union([z.number(), z.boolean()]).transform((value) => Boolean(value)),
  source: z.enum(riskSources),
  rules: jsonText(z.array(z.string())),
});

export function crisisEventFromRow(row: Selectable<CrisisEventsTable>): CrisisEvent & { recordId: string } {
  const { record_id, ...event } = crisisEventRow.parse(row);
  return { ...event, recordId: record_id };
}

const outboxRow = z.object({
  id: z.number().int(),
  kind: z.string(),
  dedup_key: z.string(),
  payload: jsonText(z.record(z.string(), z.unknown())),
  created_at: z.string(),
  delivered_at: z.string().nullable(),
});

export type StoredOutboxMessage = OutboxMessage & { id: number; createdAt: string; deliveredAt: string | null };

export function outboxFromRow(row: Selectable<OutboxTable>, cipher: ValueCipher): StoredOutboxMessage {
  const parsed = outboxRow.parse({ ...row, payload: cipher.open(row.payload, sealedColumns.payload) });
  return {
    id: parsed.id,
    kind: parsed.kind,
    dedupKey: parsed.dedup_key,
    payload: parsed.payload,
    createdAt: parsed.created_at,
    deliveredAt: parsed.delivered_at,
  };
}
