// CRISIS.md as data: the kinds and levels of risk, which crisis flow each calls for, and how urgent each flow is.

export const riskKinds = ['suicide', 'self-harm', 'harm-to-others', 'unsafe-at-home', 'medical'] as const;
export type RiskKind = (typeof riskKinds)[number];

export const riskLevels = ['concern', 'emergency'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export interface RiskSignal {
  kind: RiskKind;
  level: RiskLevel;
}

/** The flows of CRISIS.md's table; suicide and self-harm share theirs. */
export type CrisisFlow = 'medical' | 'suicide-emergency' | 'unsafe-at-home' | 'harm-to-others' | 'suicide-concern';

/** Most urgent first: the flow of the first matching signal is the one followed. */
const flowUrgency: readonly CrisisFlow[] = [
  'medical',
  'suicide-emergency',
  'unsafe-at-home',
  'harm-to-others',
  'suicide-concern',
];

export function flowOf(signal: RiskSignal): CrisisFlow {
  switch (signal.kind) {
    case 'medical':
      return 'medical';
    case 'unsafe-at-home':
      return 'unsafe-at-home';
    case 'harm-to-others':
      return 'harm-to-others';
    default:
      return signal.level === 'emergency' ? 'suicide-emergency' : 'suicide-concern';
  }
}

export function mostUrgentFlow(signals: readonly RiskSignal[]): CrisisFlow | undefined {
  const flows = new Set(signals.map(flowOf));
  return flowUrgency.find((flow) => flows.has(flow));
}

/** Lower is more urgent. */
export const flowRank = (flow: CrisisFlow) => flowUrgency.indexOf(flow);

export const triageLevels = ['none', 'concern', 'urgent', 'emergency'] as const;
export type TriageLevel = (typeof triageLevels)[number];

export const higherTriage = (a: TriageLevel, b: TriageLevel): TriageLevel =>
  triageLevels.indexOf(a) >= triageLevels.indexOf(b) ? a : b;

/** What a detector signal alone means for triage (CRISIS.md "Triage levels"). */
export const triageOfSignal = (signal: RiskSignal): TriageLevel =>
  signal.level === 'emergency' ? 'emergency' : 'concern';
