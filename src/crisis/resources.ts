// Chooses which compiled-in crisis resources to show for a country and the kinds of risk detected.
import { crisisResources } from './resource-registry.js';
import type { CrisisResource, ResourceKind, RiskKind } from './types.js';

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

/** The line each kind of risk adds on top of the crisis line(s) and the emergency number. */
function kindLines(country: CrisisCountry, kind: RiskKind, minor: boolean): CrisisResource[] {
  switch (kind) {
    case 'unsafe-at-home':
      // A minor gets the child-abuse line; where there is none, the crisis line and emergency number suffice.
      return ofKind(country, minor ? 'child-abuse' : 'domestic-violence');
    case 'medical':
      return ofKind(country, 'poison');
    default:
      return [];
  }
}

/**
 * Resources to show now: the crisis line, text line and emergency number of the country, then the line for each
 * kind (domestic violence, child abuse for a minor, poison help). Unknown country: the international directory
 * and a "local emergency number" entry. Deterministic, no duplicates.
 */
export function resourcesFor(
  country: string | undefined,
  kinds: readonly RiskKind[],
  opts: { minor?: boolean } = {},
): CrisisResource[] {
  const code = toCountry(country);
  if (!code) return [...ofKind('INTL', 'directory'), ...ofKind('INTL', 'emergency')];
  const chosen = [
    ...ofKind(code, 'crisis-line'),
    ...ofKind(code, 'text-line'),
    ...ofKind(code, 'emergency'),
    ...kinds.flatMap((kind) => kindLines(code, kind, opts.minor ?? false)),
  ];
  return chosen.filter((r, i) => chosen.findIndex((other) => other.id === r.id) === i);
}

const byId = new Map(crisisResources.map((r) => [r.id, r]));

/** One registry entry by its stable id (e.g. to re-render resources recorded with a crisis event). */
export function resourceById(id: string): CrisisResource | undefined {
  return byId.get(id);
}
