// A crisis alert as an Adaptive Card (1.5, what Teams renders) for the practice's channel: reference, level, kinds,
// time in the practice's zone, a link to the record and an Acknowledge button (Action.Execute); once acknowledged,
// who and when instead of the button. Never the person's answers, name or words: only the alert's allow-listed fields.
import { z } from 'zod';
import { riskKinds, riskLevels } from '../../dialogs/crisis-policy.js';
import { practiceTime, recordLink } from '../alerts/alert-email.js';
import { translator } from '../i18n/index.js';

export const acknowledgeVerb = 'acknowledge';

/** What the card shows and what its button sends back: the outbox payload's allow-listed fields. */
export const cardAlertSchema = z.object({
  type: z.enum(['crisis-alert', 'crisis-escalation']),
  recordId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  reference: z.string().regex(/^[A-Za-z0-9-]{1,32}$/),
  level: z.enum(riskLevels),
  kinds: z.array(z.enum(riskKinds)).min(1).max(riskKinds.length),
  at: z.iso.datetime({ offset: true }),
  discreetContact: z.boolean(),
});
export type CardAlert = z.infer<typeof cardAlertSchema>;

export interface CardContext {
  language: string;
  timeZone: string;
  publicUrl?: string | undefined;
}

export interface Acknowledged {
  by: string;
  at: string;
}

export function alertCard(
  alert: CardAlert,
  context: CardContext,
  acknowledged?: Acknowledged,
): Record<string, unknown> {
  const t = translator(context.language);
  const escalation = alert.type === 'crisis-escalation';
  const link = recordLink(context.publicUrl, alert.recordId);
  const facts = [
    { title: t('review:teams.card.reference'), value: alert.reference },
    { title: t('review:teams.card.level'), value: t(`review:levels.${alert.level}`) },
    { title: t('review:teams.card.kinds'), value: alert.kinds.map((kind) => t(`review:kinds.${kind}`)).join(', ') },
    { title: t('review:teams.card.time'), value: practiceTime(alert.at, context.timeZone) },
    ...(alert.discreetContact
      ? [{ title: t('review:teams.card.discreet'), value: t('review:teams.card.discreetYes') }]
      : []),
  ];
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      text: escalation ? t('review:teams.card.escalationTitle') : t('review:teams.card.title'),
      weight: 'Bolder',
      size: 'Medium',
      color: 'Attention',
      wrap: true,
    },
    { type: 'FactSet', facts },
    acknowledged
      ? {
          type: 'TextBlock',
          text: t('review:teams.card.acknowledged', {
            by: acknowledged.by,
            at: practiceTime(acknowledged.at, context.timeZone),
          }),
          color: 'Good',
          wrap: true,
        }
      : { type: 'TextBlock', text: t('review:teams.card.next'), wrap: true, isSubtle: true },
  ];
  const actions: Record<string, unknown>[] = [];
  if (!acknowledged) {
    actions.push({
      type: 'Action.Execute',
      title: t('review:teams.card.acknowledge'),
      verb: acknowledgeVerb,
      // The button sends the alert back, so the refreshed card can be drawn without reading the record.
      data: { alert },
      style: 'positive',
    });
  }
  if (link) actions.push({ type: 'Action.OpenUrl', title: t('review:teams.card.open'), url: link });
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    actions,
  };
}

/** Teams shows this instead of a card in notifications and the chat list: no health data in it either. */
export function alertSummary(alert: CardAlert, language: string): string {
  const t = translator(language);
  return t('review:teams.card.summary', { reference: alert.reference, level: t(`review:levels.${alert.level}`) });
}
