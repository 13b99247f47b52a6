// Chooses which compiled-in crisis resources to show for a country and the kinds of risk detected.
import { crisisResources } from './resource-registry.js';
import type { CrisisResource, ResourceKind, RiskKind, RiskSubject } from './types.js';

export const supportedCrisisCountries = ['US', 'CA', 'GB', 'AU', 'ES', 'MX'] as const;
export type CrisisCountry = (typeof supportedCrisisCountries)[number];

const aliases: Readonly<Record<string, string>> = { UK: 'GB' };

function toCountry(country: string | undefined): CrisisCountry | undefined {
  const code = country?.trim().toUpperCase();
  if (!code) return undefined;
  const resolved = aliases[code] ?? code;
  return supportedCrisisCountries.find((c) => c === resolved);
}

const ofKind = (country: string, kind: ResourceKind) =>
  crisisResources.filter((r) => r.country === country && r.kind === kind);

export interface ResourceContext {
  /** The person at risk is a child. */
  minor?: boolean;
  /** Who writes about the risk: the person at risk, or someone reporting about another person. */
  subject?: RiskSubject;
}

/**
 * The child line(s) for a child at risk, whoever writes: a child writing for themselves gets the lines that answer
 * children; an adult reporting about a child, the lines for adults worried about a child (either, where a country
 * has one line for both).
 */
function childLines(country: CrisisCountry, subject: RiskSubject): CrisisResource[] {
  const lines = ofKind(country, 'child-abuse');
  const wanted = subject === 'someone-else' ? 'adult' : 'child';
  const fitting = lines.filter((r) => r.audience === undefined || r.audience === wanted);
  return fitting.length > 0 ? fitting : lines;
}

/** The line each kind of risk adds on top of the crisis line(s) and the emergency number. */
function kindLines(country: CrisisCountry, kind: RiskKind, context: ResourceContext): CrisisResource[] {
  const minor = context.minor ?? false;
  switch (kind) {
    case 'unsafe-at-home':
      // A child at risk gets the child line; where there is none, the crisis line and emergency number suffice.
      return minor ? [] : ofKind(country, 'domestic-violence');
    case 'medical':
      // An overdose or poisoning, the person's own or someone else's.
      return ofKind(country, 'poison');
    default:
      return [];
  }
}

/**
 * Resources to show now: the crisis line, text line and emergency number of the country, then the child line when a
 * child is at risk (whoever writes), then the line for each kind (domestic violence, poison help). Unknown country: the international directory
 * and a "local emergency number" entry. Deterministic, no duplicates.
 */
export function resourcesFor(
  country: string | undefined,
  kinds: readonly RiskKind[],
  context: ResourceContext = {},
): CrisisResource[] {
  const code = toCountry(country);
  if (!code) return [...ofKind('INTL', 'directory'), ...ofKind('INTL', 'emergency')];
  const chosen = [
    ...ofKind(code, 'crisis-line'),
    ...ofKind(code, 'text-line'),
    ...ofKind(code, 'emergency'),
    ...(context.minor && kinds.length > 0 ? childLines(code, context.subject ?? 'self') : []),
    ...kinds.flatMap((kind) => kindLines(code, kind, context)),
  ];
  return chosen.filter((r, i) => chosen.findIndex((other) => other.id === r.id) === i);
}

const byId = new Map(crisisResources.map((r) => [r.id, r]));

/** One registry entry by its stable id (e.g. to re-render resources recorded with a crisis event). */
export function resourceById(id: string): CrisisResource | undefined {
  return byId.get(id);
}
