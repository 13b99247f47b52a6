// Alerts by email over SMTP (nodemailer): alerts to the practice's alert recipients, escalations to its on-call contact.
import { createTransport } from 'nodemailer';
import { z } from 'zod';
import { crisisEscalationKind } from '../store/alert-keys.js';
import type { AlertBody } from './alert-body.js';
import { type AlertEmailContext, alertEmail } from './alert-email.js';
import type { AlertSender, SendResult } from './sender.js';

export const smtpTimeoutMs = 10_000;

export interface EmailChannelOptions extends AlertEmailContext {
  /** SMTP_URL: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://user:pass@host:465`. */
  smtpUrl: string;
  /** Who gets alerts: ALERT_EMAIL_TO and the practice's `alerts.emailTo`. */
  to: readonly string[];
  /** The practice's own address: the sender when the SMTP user is not an email address. */
  practiceEmail: string;
  timeoutMs?: number | undefined;
}

/** Escalations go to the on-call contact's email; without one, to the alert recipients (the email names whom to call). */
export function recipientsFor(body: AlertBody, alertRecipients: readonly string[]): string[] {
  if (body.type === crisisEscalationKind && body.onCall?.email) return [body.onCall.email];
  return [...alertRecipients];
}

/** Many SMTP services accept mail only from the account that signs in, so an email-address user is the sender. */
export function senderAddress(smtpUrl: string, practiceEmail: string): string {
  let user = '';
  try {
    user = decodeURIComponent(new URL(smtpUrl).username);
  } catch {
    user = '';
  }
  return z.email().safeParse(user).success ? user : practiceEmail;
}

const errorCode = /^[A-Z0-9_]{1,40}$/;

/** `SMTP <code>`, the network's code under it and the server's reply code; never its message (it can echo addresses). */
export function smtpFailure(error: unknown): string {
  const { code, originalCode, responseCode } = (error ?? {}) as Record<string, unknown>;
  const name = error instanceof Error ? error.name : 'Error';
  return [
    'SMTP',
    typeof code === 'string' && errorCode.test(code) ? code : name,
    ...(typeof originalCode === 'string' && errorCode.test(originalCode) && originalCode !== code
      ? [originalCode]
      : []),
    ...(typeof responseCode === 'number' && Number.isInteger(responseCode) ? [String(responseCode)] : []),
  ].join(' ');
}

/** The same Message-ID on every attempt, so a mail system can drop a repeat of an alert it already has. */
const messageIdFor = (deliveryId: string, domain: string) => `<${deliveryId.replace(/[^A-Za-z0-9-]/g, '.')}@${domain}>`;

export function emailSender(options: EmailChannelOptions): AlertSender {
  const timeoutMs = options.timeoutMs ?? smtpTimeoutMs;
  const transport = createTransport({
    url: options.smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 3,
    // An alert is built from fixed fields: nothing in it may make nodemailer read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const address = senderAddress(options.smtpUrl, options.practiceEmail);
  const domain = address.split('@')[1] ?? 'intake.invalid';

  return {
    channel: 'email',
    async send(body: AlertBody): Promise<SendResult> {
      const { subject, text, html } = alertEmail(body, options);
      try {
        const info = await transport.sendMail({
          from: { name: `${options.practiceName} intake`, address },
          to: recipientsFor(body, options.to),
          subject,
          text,
          html,
          messageId: messageIdFor(body.deliveryId, domain),
          priority: body.level === 'emergency' || body.type === crisisEscalationKind ? 'high' : 'normal',
          headers: { 'X-Intake-Delivery': body.deliveryId, 'Auto-Submitted': 'auto-generated' },
        });
        return { ok: true, rejected: info.rejected.length };
      } catch (error) {
        return { ok: false, error: smtpFailure(error) };
      }
    },
    close: () => transport.close(),
  };
}
