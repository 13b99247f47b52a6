// What the machine asks the channel to show about a crisis: which flow, how urgent, which resources.
import type { CrisisFlow, RiskKind, RiskLevel } from '../crisis-policy.js';
import type { IntakeContext } from '../intake-context.js';
import type { IntakeOptions } from '../intake-options.js';
import { resourceIdsFor } from './updates.js';

export interface CrisisNotice {
  flow: CrisisFlow;
  level: RiskLevel;
  kinds: RiskKind[];
  minor: boolean;
  resourceIds: string[];
  /** Shown again (the person said they are not safe). */
  repeat: boolean;
}

export function crisisNotice(context: IntakeContext, options: IntakeOptions, repeat: boolean): CrisisNotice {
  const signals = context.crisis?.signals ?? [];
  const flow = context.crisis?.flow ?? 'suicide-concern';
  const emergencyFlow = flow === 'medical' || flow === 'suicide-emergency';
  return {
    flow,
    level: emergencyFlow || signals.some((s) => s.level === 'emergency') ? 'emergency' : 'concern',
    kinds: [...new Set(signals.map((s) => s.kind))],
    minor: Boolean(context.crisis?.minor),
    resourceIds: resourceIdsFor(context, options),
    repeat,
  };
}
