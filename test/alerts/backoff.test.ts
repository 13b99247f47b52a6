// Retry spacing: exponential, jittered, capped.
import { describe, expect, it } from 'vitest';
import { backoffMs, maxRetryMs } from '../../src/alerts/backoff.js';

describe('retry backoff', () => {
  it('starts at 5 s, doubles, is jittered down by at most 20% and never exceeds 15 minutes', () => {
    expect(backoffMs(1, () => 1)).toBe(5_000);
    expect(backoffMs(1, () => 0)).toBe(4_000);
    expect(backoffMs(2, () => 1)).toBe(10_000);
    expect(backoffMs(4, () => 1)).toBe(40_000);
    expect(backoffMs(9, () => 1)).toBe(maxRetryMs);
    for (let attempt = 1; attempt <= 40; attempt++) expect(backoffMs(attempt)).toBeLessThanOrEqual(maxRetryMs);
  });
});
