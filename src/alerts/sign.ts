// HMAC-SHA256 webhook signatures over `${timestamp}.${body}`, so a receiver can tell our alerts from forgeries and replays.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureVersion = 'v1';

export function signature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The headers of one signed delivery; `deliveryId` (the dedup key) lets the receiver drop a repeat. */
export function signedHeaders(options: {
  secret: string;
  body: string;
  deliveryId: string;
  now: Date;
}): Record<string, string> {
  const timestamp = Math.floor(options.now.getTime() / 1000);
  return {
    'Content-Type': 'application/json',
    'X-Intake-Timestamp': String(timestamp),
    'X-Intake-Signature': `${signatureVersion}=${signature(options.secret, timestamp, options.body)}`,
    'X-Intake-Delivery': options.deliveryId,
  };
}

export interface VerifyOptions {
  /** How far the timestamp may be from `now`, either way (replay window). */
  toleranceSeconds: number;
  now?: Date;
}

/**
 * For receivers: true only when `header` (`v1=<hex>`, several comma-separated during a secret rotation) signs
 * exactly this body and timestamp, and the timestamp is within the tolerance.
 */
export function verifySignature(
  secret: string,
  timestamp: string,
  body: string,
  header: string,
  options: VerifyOptions,
): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  const seconds = Number(timestamp);
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - seconds) > options.toleranceSeconds) return false;
  const expected = Buffer.from(signature(secret, seconds, body), 'hex');
  return header.split(',').some((part) => {
    const [version, hex] = part.trim().split('=', 2);
    if (version !== signatureVersion || !hex || !/^[0-9a-f]+$/i.test(hex)) return false;
    const given = Buffer.from(hex, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
