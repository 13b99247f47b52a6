// The crisis message: what to do now, the resources for the person's country, and when a human will see it.

import type { CrisisNotice } from '../../dialogs/machine/notices.js';
import { resourceById } from '../crisis/resources.js';
import type { CrisisResource } from '../crisis/types.js';
import type { Translate } from '../i18n/index.js';
import type { BotMessage, CrisisMeta } from './prompt-model.js';
import type { MessageValues } from './values.js';

export function resourceLine(resource: CrisisResource, t: Translate): string {
  const { name, number, sms, url } = resource;
  if (resource.kind === 'emergency') {
    return number ? t('crisis:resource.emergency', { number }) : t('crisis:resource.emergencyLocal');
  }
  if (number && sms && sms.number === number && !sms.keyword) return t('crisis:resource.callOrText', { name, number });
  if (number && sms?.keyword) {
    return t('crisis:resource.callAndText', { name, number, keyword: sms.keyword, smsNumber: sms.number });
  }
  if (number && sms) return t('crisis:resource.callAndTextNumber', { name, number, smsNumber: sms.number });
  if (number) return t('crisis:resource.call', { name, number });
  if (sms?.keyword) return t('crisis:resource.textKeyword', { name, keyword: sms.keyword, number: sms.number });
  if (sms) return t('crisis:resource.text', { name, number: sms.number });
  return t('crisis:resource.web', { name, url: url ?? '' });
}

const dialable = (number: string) => number.replace(/[^\d+]/g, '');

export function resourcesMeta(resources: readonly CrisisResource[], t: Translate): CrisisMeta['resources'] {
  return resources.map((r) => ({
    id: r.id,
    kind: r.kind,
    label: resourceLine(r, t),
    ...(r.number ? { tel: dialable(r.number) } : {}),
    ...(r.sms ? { sms: dialable(r.sms.number) } : {}),
    ...(r.url ? { url: r.url } : {}),
  }));
}

export const resourcesIn = (ids: readonly string[]) =>
  ids.map((id) => resourceById(id)).filter((r): r is CrisisResource => r !== undefined);

function introKey(notice: CrisisNotice, values: MessageValues): string {
  if (notice.repeat) {
    if (notice.flow === 'harm-to-others' || notice.flow === 'someone-else') return `crisis:repeat.${notice.flow}`;
    return 'crisis:repeat.default';
  }
  switch (notice.flow) {
    case 'medical':
      return values.poisonNumber ? 'crisis:intro.medicalPoison' : 'crisis:intro.medical';
    case 'unsafe-at-home':
    case 'harm-to-others':
    case 'someone-else':
      return notice.level === 'emergency' ? `crisis:intro.${notice.flow}-emergency` : `crisis:intro.${notice.flow}`;
    default:
      return `crisis:intro.${notice.flow}`;
  }
}

/** The kind reported in the metadata: the one the flow is about. */
function primaryKind(notice: CrisisNotice): string {
  if (notice.flow === 'suicide-concern' || notice.flow === 'suicide-emergency') {
    return notice.kinds.find((k) => k === 'suicide' || k === 'self-harm') ?? 'suicide';
  }
  if (notice.flow === 'someone-else') return notice.kinds[0] ?? 'suicide';
  return notice.flow;
}

/** What happens next, truthfully: a human sees it only with consent and an alert channel that reaches the practice. */
function afterKey(consented: boolean, alertsConfigured: boolean): string {
  if (!consented) return 'crisis:whenHumanSeesNoConsent';
  return alertsConfigured ? 'crisis:whenHumanSees' : 'crisis:notMonitored';
}

/**
 * The crisis help; `consented` says whether the person agreed to be contacted and `alertsConfigured` whether an alert
 * reaches anyone (what happens next differs).
 */
export function crisisMessage(
  notice: CrisisNotice,
  consented: boolean,
  t: Translate,
  values: MessageValues,
  alertsConfigured = false,
): BotMessage {
  const resources = resourcesIn(notice.resourceIds);
  const parts = [t(introKey(notice, values), values), ...resources.map((r) => `• ${resourceLine(r, t)}`)];
  if (notice.flow === 'unsafe-at-home' && !notice.repeat) parts.push(t('crisis:quickExit'));
  if (!notice.repeat) parts.push(t(afterKey(consented, alertsConfigured), values));
  return {
    text: parts.join('\n'),
    intake: {
      crisis: {
        level: notice.level,
        kind: primaryKind(notice),
        subject: notice.subject,
        minor: notice.minor,
        resources: resourcesMeta(resources, t),
      },
    },
  };
}

/** The check-in's lead and its help (crisis line, emergency number); the question itself follows it. */
export function checkInMessage(kindGuess: string, ids: readonly string[], t: Translate): BotMessage {
  const resources = resourcesIn(ids);
  return {
    text: [t('crisis:checkIn.lead'), ...resources.map((r) => `• ${resourceLine(r, t)}`)].join('\n'),
    intake: {
      crisis: {
        level: 'check-in',
        kind: kindGuess,
        subject: 'self',
        minor: false,
        resources: resourcesMeta(resources, t),
      },
    },
  };
}

/** Resources shown without a crisis (declined consent, out of area, a non-acute screen). */
export function resourcesMessage(
  ids: readonly string[],
  t: Translate,
  crisis?: Omit<CrisisMeta, 'resources'>,
): BotMessage {
  const resources = resourcesIn(ids);
  return {
    text: [t('crisis:resourcesHeading'), ...resources.map((r) => `• ${resourceLine(r, t)}`)].join('\n'),
    intake: crisis ? { crisis: { ...crisis, resources: resourcesMeta(resources, t) } } : null,
  };
}
