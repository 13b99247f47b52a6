// Which funnel counters a turn moves, from what the conversation was before it and what it is after (pure): started,
// each step reached going forward, submitted (with how long it took), declined consent, each triage level raised.
import { stepIds } from '../../dialogs/types.js';
import type { IntakeRecord } from '../record/schema.js';

/** Upper bounds (minutes) of the completion-time buckets: the median is read from these. */
export const completionBuckets = [5, 10, 15, 20, 30, 45, 60, 90, 120, 240, 1440] as const;

/** The Monday (UTC) of the ISO week holding `iso`, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const date = new Date(iso);
  const day = (date.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}

/** The step a stored machine snapshot waits in (the first state named after a step, going down), if any. */
export function stepOfSnapshot(snapshot: Record<string, unknown> | undefined): string | undefined {
  let value: unknown = snapshot?.value;
  for (let depth = 0; depth < 5 && value; depth++) {
    const name = typeof value === 'string' ? value : typeof value === 'object' ? Object.keys(value)[0] : undefined;
    if (!name) return undefined;
    if ((stepIds as readonly string[]).includes(name)) return name;
    value = typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
  }
  return undefined;
}

export function completionBucket(minutes: number): string {
  const bucket = completionBuckets.find((limit) => minutes <= limit);
  return bucket === undefined ? 'more' : String(bucket);
}

export interface Before {
  step: string | undefined;
  status: string | undefined;
  triageLevel: string | undefined;
}

export function turnMetrics(
  before: Before | undefined,
  after: { snapshot: Record<string, unknown>; record: IntakeRecord; at: string },
): string[] {
  const metrics: string[] = [];
  if (!before) metrics.push('started');
  const step = stepOfSnapshot(after.snapshot);
  const from = before?.step ? stepIds.indexOf(before.step as never) : -1;
  // Forward only: going back and forth through the steps does not count a step twice.
  if (step && stepIds.indexOf(step as never) > from) metrics.push(`reached:${step}`);
  const { status } = after.record;
  if (status !== before?.status) {
    if (status === 'submitted') {
      metrics.push('submitted');
      const minutes = (Date.parse(after.at) - Date.parse(after.record.createdAt)) / 60_000;
      if (Number.isFinite(minutes)) metrics.push(`completed-within:${completionBucket(Math.max(0, minutes))}`);
    }
    if (status === 'declined') metrics.push('declined');
  }
  const level = after.record.triage.level;
  if (level !== 'none' && level !== before?.triageLevel) metrics.push(`triage:${level}`);
  return metrics;
}
