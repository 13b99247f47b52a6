// The vocabulary shared by the risk detector, the resource registry and the conversation.

// Kinds and levels are the policy's (dialogs/crisis-policy.ts); the detector and registry speak the same words.
import type { RiskKind, RiskLevel, RiskSubject } from '../../dialogs/crisis-policy.js';

export {
  type RiskKind,
  type RiskLevel,
  type RiskSubject,
  riskKinds,
  riskLevels,
  riskSubjects,
} from '../../dialogs/crisis-policy.js';

/** One rule that fired: which rule (never the text), in which language's lexicon. */
export interface RiskHit {
  kind: RiskKind;
  level: RiskLevel;
  rule: string;
  language: string;
}

export interface RiskAssessment {
  /** Every rule that fired, most severe first; empty when nothing was found. */
  hits: RiskHit[];
  /** The most severe hit per kind, most severe first. */
  kinds: { kind: RiskKind; level: RiskLevel }[];
  /** The message mentions the person being a minor (e.g. "I'm 15"): child-abuse resources apply. */
  minor: boolean;
  /** The message contains a plain denial ("I'm fine", "I'm not suicidal", "you misunderstood"). */
  denial: boolean;
  /** Who is at risk: the writer, or someone they write about (a friend's overdose, a child being hurt). */
  subject: RiskSubject;
  /** No hit, but the learned tier is unsure: the person is asked, gently, whether they are safe (CRISIS.md). */
  checkIn?: { kind: RiskKind };
  /** What the learned tier made of the message (scores and band only; for evaluation). */
  learned?: { risk: number; kind: RiskKind; band: 'confident' | 'check-in' | 'none' };
}

export const resourceKinds = [
  'crisis-line',
  'text-line',
  'emergency',
  'domestic-violence',
  'child-abuse',
  'poison',
  'directory',
  'support',
] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export interface CrisisResource {
  /** Stable id, e.g. `us-988`. */
  id: string;
  country: string; // ISO 3166-1 alpha-2, or `INTL`
  kind: ResourceKind;
  /**
   * Who the service is for when that matters: `child` (a child calling for themselves) or `adult` (an adult worried
   * about a child). Absent: anyone.
   */
  audience?: 'child' | 'adult';
  /** The service's own name, as it names itself. */
  name: string;
  /** Number to call, as dialled locally (e.g. `988`, `1-800-799-7233`). */
  number?: string;
  /** Texting: number and optional keyword. */
  sms?: { number: string; keyword?: string };
  url?: string;
  /** BCP-47 language codes the service answers in. */
  languages: string[];
  /** Where the fact comes from, and when it was last checked. */
  source: string;
  verifiedOn: string;
}
