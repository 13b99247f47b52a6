// How an alert reads as an email, which channels count as configured, and who gets what: pure, no server.
import { describe, expect, it } from 'vitest';
import type { AlertBody } from '../../src/alerts/alert-body.js';
import { alertEmail, practiceTime, recordLink } from '../../src/alerts/alert-email.js';
import { alertChannelStatus, emailRecipients } from '../../src/alerts/channels.js';
import { recipientsFor, senderAddress, smtpFailure } from '../../src/alerts/email.js';

const alert: AlertBody = {
  type: 'crisis-alert',
  deliveryId: 'crisis-alert:rec-1:0:email',
  recordId: 'rec-1',
  reference: 'ABC-234',
  level: 'concern',
  kinds: ['unsafe-at-home', 'harm-to-others'],
  at: '2026-07-01T18:30:00.000Z',
  discreetContact: true,
};
const context = { practiceName: 'Smith & Jones <Therapy>', timeZone: 'Europe/Madrid', escalationMinutes: 30 };

describe('an alert email', () => {
  it('says the time in the practice time zone, with the zone named', () => {
    expect(practiceTime(alert.at, 'Europe/Madrid')).toBe('Wed, Jul 1, 2026, 8:30 PM GMT+2 (Europe/Madrid)');
    expect(practiceTime(alert.at, 'America/New_York')).toBe('Wed, Jul 1, 2026, 2:30 PM EDT (America/New_York)');
  });

  it('links to the record page under PUBLIC_URL, whatever its trailing slash', () => {
    expect(recordLink('https://intake.example.org/', 'rec-1')).toBe('https://intake.example.org/review/intakes/rec-1');
    expect(recordLink('https://example.org/intake', 'rec-1')).toBe('https://example.org/intake/review/intakes/rec-1');
    expect(recordLink(undefined, 'rec-1')).toBeUndefined();
  });

  it('holds the kinds in words, the discreet flag, and escapes everything in its HTML', () => {
    const email = alertEmail(alert, { ...context, publicUrl: 'https://intake.example.org' });
    expect(email.subject).toBe('Crisis alert (concern), intake ABC-234');
    expect(email.text).toContain('Kinds: unsafe at home, harm to others');
    expect(email.text).toContain('Discreet contact: yes');
    expect(email.text).toContain('escalated to the on-call contact');
    expect(email.html).toContain('Smith &amp; Jones &lt;Therapy&gt;');
    expect(email.html).not.toContain('<Therapy>');
    expect(email.html).toContain('<a href="https://intake.example.org/review/intakes/rec-1">');
  });

  it('carries no field outside the allow-list, even one smuggled into the body', () => {
    const smuggled = { ...alert, answers: { firstName: 'Quillonzebra' }, text: 'Quillonzebra' } as AlertBody;
    const email = alertEmail(smuggled, context);
    expect(`${email.subject}${email.text}${email.html}`).not.toContain('Quillonzebra');
  });

  it('as an escalation, names the on-call contact', () => {
    const email = alertEmail(
      { ...alert, type: 'crisis-escalation', onCall: { name: 'Dr. On Call', phone: '+1 617 555 0199' } },
      context,
    );
    expect(email.subject).toBe('Escalation: crisis alert not acknowledged (concern), intake ABC-234');
    expect(email.text).toMatch(/^Nobody acknowledged this crisis alert .* within 30 minutes\./);
    expect(email.text).toContain('On call: Dr. On Call, +1 617 555 0199');
  });
});

describe('email recipients and sender', () => {
  const onCall = { name: 'Dr. On Call', phone: '+1 617 555 0199', email: 'oncall@example.org' };

  it('sends alerts to the alert recipients and escalations to the on-call email', () => {
    expect(recipientsFor(alert, ['lead@example.org'])).toEqual(['lead@example.org']);
    expect(recipientsFor({ ...alert, type: 'crisis-escalation', onCall }, ['lead@example.org'])).toEqual([
      'oncall@example.org',
    ]);
    const noEmail = { name: onCall.name, phone: onCall.phone };
    expect(recipientsFor({ ...alert, type: 'crisis-escalation', onCall: noEmail }, ['lead@example.org'])).toEqual([
      'lead@example.org',
    ]);
  });

  it('joins ALERT_EMAIL_TO and the practice setting, each address once', () => {
    expect(emailRecipients(['a@example.org', 'B@example.org'], ['b@example.org', 'c@example.org'], undefined)).toEqual([
      'a@example.org',
      'B@example.org',
      'c@example.org',
    ]);
  });

  it('sends as the SMTP user when it is an email address, else as the practice', () => {
    expect(senderAddress('smtp://alerts%40example.org:pw@smtp.example.org:587', 'intake@example.org')).toBe(
      'alerts@example.org',
    );
    expect(senderAddress('smtp://apikey:pw@smtp.example.org:587', 'intake@example.org')).toBe('intake@example.org');
    expect(senderAddress('smtp://smtp.example.org', 'intake@example.org')).toBe('intake@example.org');
  });

  it('reports an SMTP failure by its codes only, never the server text', () => {
    const refused = Object.assign(new Error('Connection refused by 127.0.0.1'), {
      code: 'ESOCKET',
      originalCode: 'ECONNREFUSED',
    });
    expect(smtpFailure(refused)).toBe('SMTP ESOCKET ECONNREFUSED');
    const rejected = Object.assign(new Error('550 5.1.1 <lead@example.org>: unknown user'), {
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(smtpFailure(rejected)).toBe('SMTP EENVELOPE 550');
    expect(smtpFailure(new TypeError('x'))).toBe('SMTP TypeError');
  });
});

describe('alert channels', () => {
  it('count the webhook only with its secret, and email only with a server and a recipient', () => {
    expect(alertChannelStatus({ emailTo: [] })).toEqual({ configured: [], problems: [] });
    expect(
      alertChannelStatus({ webhookUrl: 'https://h.example.org', webhookSecret: 's', emailTo: [] }).configured,
    ).toEqual(['webhook']);
    expect(alertChannelStatus({ smtpUrl: 'smtp://h', emailTo: ['a@example.org'] }).configured).toEqual(['email']);
    const half = alertChannelStatus({ webhookUrl: 'https://h.example.org', smtpUrl: 'smtp://h', emailTo: [] });
    expect(half.configured).toEqual([]);
    expect(half.problems).toHaveLength(2);
    expect(half.problems.join('\n')).toMatch(/ALERT_WEBHOOK_SECRET[\s\S]*ALERT_EMAIL_TO/);
    expect(alertChannelStatus({ emailTo: ['a@example.org'] }).problems[0]).toContain('without SMTP_URL');
  });
});
