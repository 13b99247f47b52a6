// Webhook signatures: a receiver with the secret accepts ours and detects a wrong secret, a tampered body or a replay.
import { describe, expect, it } from 'vitest';
import { signature, signedHeaders, verifySignature } from '../../src/alerts/sign.js';

const now = new Date('2026-11-28T10:00:00.000Z');
const body = JSON.stringify({ type: 'crisis-alert', deliveryId: 'crisis-alert:r1:0', recordId: 'r1' });
const headers = signedHeaders({ secret: 's3cret', body, deliveryId: 'crisis-alert:r1:0', now });
const timestamp = headers['X-Intake-Timestamp'] as string;
const header = headers['X-Intake-Signature'] as string;
const options = { toleranceSeconds: 300, now };

describe('signed webhook headers', () => {
  it('carry the unix time, a v1 HMAC-SHA256 over "timestamp.body", the delivery id and the content type', () => {
    expect(headers).toEqual({
      'Content-Type': 'application/json',
      'X-Intake-Timestamp': String(now.getTime() / 1000),
      'X-Intake-Signature': `v1=${signature('s3cret', now.getTime() / 1000, body)}`,
      'X-Intake-Delivery': 'crisis-alert:r1:0',
    });
    expect(header).toMatch(/^v1=[0-9a-f]{64}$/);
  });

  it('verify with the secret', () => {
    expect(verifySignature('s3cret', timestamp, body, header, options)).toBe(true);
    // During a secret rotation a receiver may be sent several signatures.
    expect(verifySignature('s3cret', timestamp, body, `v1=${'0'.repeat(64)}, ${header}`, options)).toBe(true);
  });

  it('fail with a wrong secret, a tampered body or a timestamp that was changed', () => {
    expect(verifySignature('wrong', timestamp, body, header, options)).toBe(false);
    expect(verifySignature('s3cret', timestamp, body.replace('r1', 'r2'), header, options)).toBe(false);
    expect(verifySignature('s3cret', String(Number(timestamp) + 1), body, header, options)).toBe(false);
  });

  it('fail when stale or from the future beyond the tolerance (a replay)', () => {
    const later = (seconds: number) => ({ toleranceSeconds: 300, now: new Date(now.getTime() + seconds * 1000) });
    expect(verifySignature('s3cret', timestamp, body, header, later(300))).toBe(true);
    expect(verifySignature('s3cret', timestamp, body, header, later(301))).toBe(false);
    expect(verifySignature('s3cret', timestamp, body, header, later(-301))).toBe(false);
  });

  it('fail on a malformed header or timestamp', () => {
    for (const bad of ['', header.slice(3), header.replace('v1=', 'v0='), `${header.slice(0, -2)}`, 'v1=zz']) {
      expect(verifySignature('s3cret', timestamp, body, bad, options)).toBe(false);
    }
    expect(verifySignature('s3cret', `${timestamp}.5`, body, header, options)).toBe(false);
  });
});
