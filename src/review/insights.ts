// The practice's funnel from the weekly counters (counts only: nobody can be picked out of it): per week, how many
// conversations started, reached each step, were submitted, abandoned (and where), declined consent, raised each
// triage level; the completion rate and the median time to complete, read from the completion-time buckets.
import { stepIds } from '../../dialogs/types.js';
import type { InsightCount } from '../store/insight-counts.js';
import { completionBuckets, weekOf } from '../store/insight-metrics.js';
import type { IntakeStore } from '../store/types.js';
import type { Caller } from './review-service.js';

export const funnelTriageLevels = ['concern', 'urgent', 'emergency'] as const;

export interface FunnelFigures {
  started: number;
  submitted: number;
  declined: number;
  abandoned: number;
  /** Conversations that reached each step (forward), in the intake's order. */
  reached: Record<string, number>;
  abandonedAt: Record<string, number>;
  triage: Record<string, number>;
  /** submitted / started, 0..1; null when none started. */
  completionRate: number | null;
  /** The completion-time bucket holding the median (an upper bound, in minutes); null when none was submitted. */
  medianMinutesAtMost: number | null;
}

export interface FunnelWeek extends FunnelFigures {
  /** The Monday starting the week (UTC), YYYY-MM-DD. */
  week: string;
}

export interface FunnelReport {
  from: string;
  to: string;
  weeks: FunnelWeek[];
  total: FunnelFigures;
}

const day = 86_400_000;

/** Every Monday from the week of `from` to the week of `to`. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let t = Date.parse(weekOf(from)); t <= Date.parse(weekOf(to)) && weeks.length < 520; t += 7 * day) {
    weeks.push(new Date(t).toISOString().slice(0, 10));
  }
  return weeks;
}

function figures(counts: ReadonlyMap<string, number>): FunnelFigures {
  const get = (metric: string) => counts.get(metric) ?? 0;
  const started = get('started');
  const submitted = get('submitted');
  const buckets = [...completionBuckets.map((limit) => [limit, get(`completed-within:${limit}`)] as const)];
  const timed = buckets.reduce((sum, [, n]) => sum + n, 0) + get('completed-within:more');
  let seen = 0;
  let median: number | null = null;
  for (const [limit, n] of buckets) {
    seen += n;
    if (timed > 0 && seen >= timed / 2) {
      median = limit;
      break;
    }
  }
  return {
    started,
    submitted,
    declined: get('declined'),
    abandoned: get('abandoned'),
    reached: Object.fromEntries(stepIds.map((step) => [step, get(`reached:${step}`)])),
    abandonedAt: Object.fromEntries(
      [...counts].filter(([m]) => m.startsWith('abandoned-at:')).map(([m, n]) => [m.slice('abandoned-at:'.length), n]),
    ),
    triage: Object.fromEntries(funnelTriageLevels.map((level) => [level, get(`triage:${level}`)])),
    completionRate: started > 0 ? Math.min(1, submitted / started) : null,
    medianMinutesAtMost: median,
  };
}

export function funnelReport(counts: readonly InsightCount[], from: string, to: string): FunnelReport {
  const byWeek = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  for (const { week, metric, count } of counts) {
    const weekCounts = byWeek.get(week) ?? new Map<string, number>();
    weekCounts.set(metric, (weekCounts.get(metric) ?? 0) + count);
    byWeek.set(week, weekCounts);
    total.set(metric, (total.get(metric) ?? 0) + count);
  }
  return {
    from: weekOf(from),
    to: weekOf(to),
    weeks: weeksBetween(from, to).map((week) => ({ week, ...figures(byWeek.get(week) ?? new Map()) })),
    total: figures(total),
  };
}

/** The report for a caller (admin or clinician), audited like every other read of the practice's data. */
export async function readFunnel(store: IntakeStore, caller: Caller, from: string, to: string): Promise<FunnelReport> {
  const counts = await store.insightCounts(weekOf(from), weekOf(to));
  await store.review((tx) =>
    tx.audit({
      at: new Date().toISOString(),
      actorId: caller.id,
      actorEmail: caller.email,
      via: caller.via,
      action: 'insights.view',
      recordId: null,
      detail: { from: weekOf(from), to: weekOf(to) },
      address: caller.address,
    }),
  );
  return funnelReport(counts, from, to);
}

/** `?from=&to=` (YYYY-MM-DD); by default the twelve weeks up to `now`. */
export function funnelRange(query: { from?: string | undefined; to?: string | undefined }, now: Date) {
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from = query.from ?? new Date(Date.parse(to) - 11 * 7 * day).toISOString().slice(0, 10);
  return { from, to };
}
