// What the machine asks the channel to show about a crisis: which flow, how urgent, which resources.
import type { CrisisFlow, RiskKind, RiskLevel, RiskSubject } from '../crisis-policy.js';
import type { ActiveCrisis, IntakeContext } from '../intake-context.js';
import type { IntakeOptions } from '../intake-options.js';
import { resourceIdsFor } from './updates.js';

export interface CrisisNotice {
  flow: CrisisFlow;
  level: RiskLevel;
  kinds: RiskKind[];
  minor: boolean;
  subject: RiskSubject;
  resourceIds: string[];
  /** Shown again (the person said they are not safe). */
  repeat: boolean;
}

/** The notice for a crisis, from the crisis alone: also for a message whose conversation could not be loaded. */
export function noticeOf(crisis: ActiveCrisis | null, resourceIds: string[], repeat: boolean): CrisisNotice {
  const signals = crisis?.signals ?? [];
  const flow = crisis?.flow ?? 'suicide-concern';
  const emergencyFlow = flow === 'medical' || flow === 'suicide-emergency';
  return {
    flow,
    level: emergencyFlow || signals.some((s) => s.level === 'emergency') ? 'emergency' : 'concern',
    kinds: [...new Set(signals.map((s) => s.kind))],
    minor: Boolean(crisis?.minor),
    subject: crisis?.subject ?? 'self',
    resourceIds,
    repeat,
  };
}

export const crisisNotice = (context: IntakeContext, options: IntakeOptions, repeat: boolean): CrisisNotice =>
  noticeOf(context.crisis, resourceIdsFor(context, options), repeat);
