// One signed POST of an alert to the practice's webhook: 2xx is delivered; any other status or a network error is retried.
import type { AlertBody } from './alert-body.js';
import { type AlertSender, failureOf, type SendResult } from './sender.js';
import { signedHeaders } from './sign.js';

export const webhookTimeoutMs = 10_000;

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

export function webhookSender(options: { url: string; secret: string; timeoutMs?: number | undefined }): AlertSender {
  return {
    channel: 'webhook',
    send: (body, now) =>
      sendWebhook({
        url: options.url,
        secret: options.secret,
        body,
        now,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      }),
  };
}
