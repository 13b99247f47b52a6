// A crisis alert as an email: reference, level, kinds, time in the practice's zone, the discreet flag and a link to the
// record; never the person's answers, name or words.
import { type AlertBody, alertPayloadSchema } from './alert-body.js';

export interface AlertEmailContext {
  practiceName: string;
  /** The practice's IANA time zone: the time is said in it. */
  timeZone: string;
  /** The server's public base URL: without it there is no link, and the email says so. */
  publicUrl?: string | undefined;
  escalationMinutes: number;
}

export interface AlertEmail {
  subject: string;
  text: string;
  html: string;
}

const kindNames: Record<AlertBody['kinds'][number], string> = {
  suicide: 'suicide',
  'self-harm': 'self-harm',
  'harm-to-others': 'harm to others',
  'unsafe-at-home': 'unsafe at home',
  medical: 'medical',
};

/** `Sat, Nov 28, 2026, 5:00 AM EST (America/New_York)`. */
export function practiceTime(iso: string, timeZone: string): string {
  const formatted = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
  // Some ICU versions put a narrow no-break space before AM/PM: plain text mail reads better with a plain one.
  return `${formatted.replace(/\s+/gu, ' ')} (${timeZone})`;
}

/** `${PUBLIC_URL}/review/intakes/<recordId>`, or undefined without PUBLIC_URL. */
export function recordLink(publicUrl: string | undefined, recordId: string): string | undefined {
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}/review/intakes/${encodeURIComponent(recordId)}` : undefined;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function alertEmail(body: AlertBody, context: AlertEmailContext): AlertEmail {
  // The allow-list once more: whatever reaches this function, only these fields can reach the email.
  const { recordId, reference, level, kinds, at, discreetContact } = alertPayloadSchema.parse(body);
  const escalation = body.type === 'crisis-escalation';
  const link = recordLink(context.publicUrl, recordId);
  const minutes = context.escalationMinutes;

  const subject = escalation
    ? `Escalation: crisis alert not acknowledged (${level}), intake ${reference}`
    : `Crisis alert (${level}), intake ${reference}`;
  const lead = escalation
    ? `Nobody acknowledged this crisis alert from the ${context.practiceName} intake assistant within ${minutes} minutes.`
    : `A crisis alert from the ${context.practiceName} intake assistant.`;
  const rows: [string, string][] = [
    ...(escalation && body.onCall
      ? [['On call', `${body.onCall.name}, ${body.onCall.phone}`] as [string, string]]
      : []),
    ['Reference', reference],
    ['Level', level],
    ['Kinds', kinds.map((kind) => kindNames[kind]).join(', ')],
    ['Time', practiceTime(at, context.timeZone)],
    [
      'Discreet contact',
      discreetContact ? 'yes: check the record before calling, leaving a voicemail or texting' : 'no',
    ],
  ];
  const noLink = `the link needs PUBLIC_URL to be set on the server (record id ${recordId})`;
  const next = escalation
    ? 'Open the record and acknowledge the alert there.'
    : `Open the record to read the intake and acknowledge the alert there; an alert nobody acknowledges within ${minutes} minutes is escalated to the on-call contact.`;
  const privacy = 'This email never carries what the person answered or wrote.';

  const text = [
    lead,
    '',
    ...rows.map(([name, value]) => `${name}: ${value}`),
    `Record: ${link ?? noLink}`,
    '',
    next,
    privacy,
    `Delivery: ${body.deliveryId}`,
    '',
  ].join('\n');

  const cell = 'style="text-align:left;padding:2px 12px 2px 0"';
  const html = [
    `<p>${escapeHtml(lead)}</p>`,
    '<table>',
    ...rows.map(([name, value]) => `<tr><th ${cell}>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`),
    '</table>',
    link ? `<p><a href="${escapeHtml(link)}">Open the record</a></p>` : `<p>Record: ${escapeHtml(noLink)}</p>`,
    `<p>${escapeHtml(next)}<br>${escapeHtml(privacy)}</p>`,
    `<p style="color:#666">Delivery: ${escapeHtml(body.deliveryId)}</p>`,
  ].join('\n');

  return { subject, text, html };
}
