// Crisis alert and escalation dedup keys share `<recordId>:<ordinal>`, so SQL can pair an alert with its escalation and record.
export const crisisAlertKind = 'crisis-alert';
export const crisisEscalationKind = 'crisis-escalation';

export const crisisAlertPrefix = `${crisisAlertKind}:`;
export const crisisEscalationPrefix = `${crisisEscalationKind}:`;

/** `crisis-alert:<recordId>:<ordinal>` -> `crisis-escalation:<recordId>:<ordinal>`; undefined for any other key. */
export function escalationKeyFor(alertKey: string): string | undefined {
  if (!alertKey.startsWith(crisisAlertPrefix)) return undefined;
  return crisisEscalationPrefix + alertKey.slice(crisisAlertPrefix.length);
}
