// One signed POST of an alert to the practice's webhook: 2xx is delivered; any other status or a network error is retried.
import type { AlertBody } from './alert-body.js';
import { signedHeaders } from './sign.js';

export const webhookTimeoutMs = 10_000;

export type SendResult = { ok: true; status: number } | { ok: false; error: string };

const codeOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'code' in value ? (value as { code: unknown }).code : undefined;

/** A payload-free description of a failure: the error's name, plus a network error code (ECONNRESET) when there is one. */
function failureOf(error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error';
  const code = codeOf(error instanceof Error ? error.cause : undefined) ?? codeOf(error);
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? `${name} ${code}` : name;
}

export async function sendWebhook(options: {
  url: string;
  secret: string;
  body: AlertBody;
  now: Date;
  timeoutMs?: number;
}): Promise<SendResult> {
  const text = JSON.stringify(options.body);
  try {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: signedHeaders({
        secret: options.secret,
        body: text,
        deliveryId: options.body.deliveryId,
        now: options.now,
      }),
      body: text,
      // A redirect is reported as a failure (its status), never followed with the signed alert.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? webhookTimeoutMs),
    });
    // Read and drop the body so the connection is released.
    await response.arrayBuffer().catch(() => undefined);
    return response.ok ? { ok: true, status: response.status } : { ok: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, error: failureOf(error) };
  }
}
