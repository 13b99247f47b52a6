// What every channel sends, built from an outbox payload through a strict allow-list: ids, levels, kinds, times, flags.
import { z } from 'zod';
import { riskKinds, riskLevels } from '../../dialogs/crisis-policy.js';
import { type AlertKind, alertKindOf, crisisEscalationKind } from '../store/alert-keys.js';

export interface OnCallContact {
  name: string;
  phone: string;
  email?: string | undefined;
}

/** What a crisis alert's outbox payload must hold; anything else in it is dropped, anything missing refuses the send. */
export const alertPayloadSchema = z.object({
  recordId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  reference: z.string().regex(/^[A-Za-z0-9-]{1,32}$/),
  level: z.enum(riskLevels),
  kinds: z.array(z.enum(riskKinds)).min(1),
  at: z.iso.datetime({ offset: true }),
  discreetContact: z.boolean(),
});
export type AlertPayload = z.infer<typeof alertPayloadSchema>;

export interface AlertBody extends AlertPayload {
  type: AlertKind;
  deliveryId: string;
  /** Escalations only: whom the receiver should page. */
  onCall?: OnCallContact;
}

export function alertBody(
  message: { kind: string; dedupKey: string; payload: unknown },
  onCall: OnCallContact,
): AlertBody | undefined {
  const kind = alertKindOf(message.kind)?.kind;
  if (!kind) return undefined;
  const parsed = alertPayloadSchema.safeParse(message.payload);
  if (!parsed.success) return undefined;
  const { recordId, reference, level, kinds, at, discreetContact } = parsed.data;
  const body: AlertBody = {
    type: kind,
    deliveryId: message.dedupKey,
    recordId,
    reference,
    level,
    kinds,
    at,
    discreetContact,
  };
  if (kind === crisisEscalationKind) {
    body.onCall = { name: onCall.name, phone: onCall.phone, ...(onCall.email ? { email: onCall.email } : {}) };
  }
  return body;
}
