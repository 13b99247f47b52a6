// Acknowledge, pressed on a crisis alert card in Teams: the Teams user is mapped to a staff account by its Entra object
// id (no account, or the front-desk role, is refused), and the acknowledgement is the dashboard's own (ReviewService:
// escalation stopped, audit row in the same transaction). The answer is the card as everyone should now see it.

import { translator } from '../i18n/index.js';
import type { StaffService } from '../review/auth/staff-service.js';
import type { ReviewService } from '../review/review-service.js';
import { alertCard, type CardAlert, type CardContext } from './alert-card.js';

/** Who may acknowledge crisis alerts: the same roles as in the dashboard. */
const acknowledgingRoles = ['clinician', 'admin'] as const;

export interface TeamsAcknowledgerDeps {
  staff: StaffService;
  reviews: ReviewService;
  card: CardContext;
  now?: () => Date;
}

export type AcknowledgeOutcome =
  | { ok: true; card: Record<string, unknown> }
  | { ok: false; reason: 'no-account' | 'not-allowed' | 'not-found'; message: string };

export function teamsAcknowledger(deps: TeamsAcknowledgerDeps) {
  const t = translator(deps.card.language);
  return async (objectId: string | undefined, alert: CardAlert): Promise<AcknowledgeOutcome> => {
    const account = objectId ? await deps.staff.accountForEntra({ objectId }) : undefined;
    if (!account || account.disabledAt) {
      return { ok: false, reason: 'no-account', message: t('review:teams.card.noAccount') };
    }
    if (!(acknowledgingRoles as readonly string[]).includes(account.role)) {
      return { ok: false, reason: 'not-allowed', message: t('review:teams.card.notAllowed') };
    }
    const caller = { id: account.id, email: account.email, via: 'teams', address: null, role: account.role };
    const at = (deps.now ?? (() => new Date()))().toISOString();
    const done = await deps.reviews.acknowledge(caller, alert.recordId);
    if (!done) return { ok: false, reason: 'not-found', message: t('review:teams.card.failed') };
    return { ok: true, card: alertCard(alert, deps.card, { by: account.email, at }) };
  };
}

export type TeamsAcknowledger = ReturnType<typeof teamsAcknowledger>;
