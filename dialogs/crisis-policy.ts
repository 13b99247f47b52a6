// CRISIS.md as data: the kinds and levels of risk, which crisis flow each calls for, and how urgent each flow is.

export const riskKinds = ['suicide', 'self-harm', 'harm-to-others', 'unsafe-at-home', 'medical'] as const;
export type RiskKind = (typeof riskKinds)[number];

export const riskLevels = ['concern', 'emergency'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export interface RiskSignal {
  kind: RiskKind;
  level: RiskLevel;
}

/** Who is at risk: the writer, or someone they write about (CRISIS.md). */
export const riskSubjects = ['self', 'someone-else'] as const;
export type RiskSubject = (typeof riskSubjects)[number];

/**
 * The flows of CRISIS.md's table; suicide and self-harm share theirs. `someone-else`: a report about another person
 * at risk (not an emergency of the person's own body): the writer is not asked about their own safety or screened.
 */
export type CrisisFlow =
  | 'medical'
  | 'suicide-emergency'
  | 'someone-else'
  | 'unsafe-at-home'
  | 'harm-to-others'
  | 'suicide-concern';

/** Most urgent first: the flow of the first matching signal is the one followed. */
const flowUrgency: readonly CrisisFlow[] = [
  'medical',
  'suicide-emergency',
  'someone-else',
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

/**
 * The flow for signals about the writer, or (`someone-else`) about a person they report: a medical emergency keeps
 * its own flow ("call now") whoever it is about; any other report follows the someone-else flow.
 */
export function mostUrgentFlow(signals: readonly RiskSignal[], subject: RiskSubject = 'self'): CrisisFlow | undefined {
  const flows = new Set(
    signals.map((s) => (subject === 'someone-else' && s.kind !== 'medical' ? 'someone-else' : flowOf(s))),
  );
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
