// TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1 as authenticator apps expect) with otpauth: a new secret, the
// enrolment URI for the QR code, and checking a code one step either side, returning its step so it is never reused.
import { Secret, TOTP } from 'otpauth';

const period = 30;

const totpFor = (secret: string, label = 'staff', issuer = 'Intake') =>
  new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secret) });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** A secret as newTotpSecret makes them: base32 of at least 160 bits (shorter ones are easier to guess). */
export const isTotpSecret = (secret: string): boolean => /^[A-Z2-7]{32,}$/.test(secret);

export const enrolmentUri = (secret: string, email: string, issuer: string): string =>
  totpFor(secret, email, issuer).toString();

/** The time step of a valid code (one step of clock drift either way), or undefined. */
export function totpStep(secret: string, code: string, now: number): number | undefined {
  const clean = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(clean)) return undefined;
  let delta: number | null;
  try {
    delta = totpFor(secret).validate({ token: clean, timestamp: now, window: 1 });
  } catch {
    // Not base32: no code is valid for it.
    return undefined;
  }
  if (delta === null) return undefined;
  return Math.floor(now / 1000 / period) + delta;
}

/** The code for a time (for tests and for showing what a fresh enrolment expects). */
export const totpCode = (secret: string, now: number): string => totpFor(secret).generate({ timestamp: now });
