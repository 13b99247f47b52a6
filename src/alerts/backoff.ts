// Retry spacing for failed deliveries: exponential from 5 s, capped at 15 min, jittered so retries do not arrive in step.
export const firstRetryMs = 5_000;
export const maxRetryMs = 15 * 60_000;

/** Delay before the next try after `failedAttempts` failures (1 = first failure), 80-100% of the nominal. */
export function backoffMs(failedAttempts: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const nominal = Math.min(maxRetryMs, firstRetryMs * 2 ** Math.min(exponent, 30));
  return Math.round(nominal * (0.8 + 0.2 * random()));
}
