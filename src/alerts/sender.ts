// What the delivery loop needs of a channel: its name and one attempt to send one alert, reported without its content.
import type { AlertChannel } from '../store/alert-keys.js';
import type { AlertBody } from './alert-body.js';

/** A failure's `error` is short and payload-free (an HTTP status, an error name and code): it is stored and logged. */
export type SendResult = { ok: true; status?: number; rejected?: number } | { ok: false; error: string };

export interface AlertSender {
  channel: AlertChannel;
  send(body: AlertBody, now: Date): Promise<SendResult>;
  /** Releases connections when the worker stops. */
  close?(): void;
}

const codeOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'code' in value ? (value as { code: unknown }).code : undefined;

/** A payload-free description of a failure: the error's name, plus a network error code (ECONNRESET) when there is one. */
export function failureOf(error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error';
  const code = codeOf(error instanceof Error ? error.cause : undefined) ?? codeOf(error);
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? `${name} ${code}` : name;
}
