// GET /metrics over real HTTP: refused without the bearer token (and when none is configured), and with it the turn,
// commit, outbox, crisis and process figures in Prometheus text format, counts only (no ids, no words).
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botClient, startTestService, type TestService } from '../helpers/service.js';

const token = 'metrics-token-for-the-test-0123456789abcdef';
const words = 'I want to kill myself tonight';

describe('GET /metrics', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ METRICS_TOKEN: token });
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  }, 60_000);
  afterAll(async () => {
    nock.enableNetConnect();
    await service?.close();
  });

  const scrape = (authorization?: string) =>
    fetch(`${service.base}/metrics`, { headers: authorization ? { authorization } : {} });

  it('refuses a caller without the token or with a wrong one', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${token}`, `Bearer ${token}x`]) {
      const response = await scrape(authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.text()).not.toContain('intake_turns_total');
    }
  });

  it('counts turns by channel, commits, crisis events by kind and level, the outbox and memory', async () => {
    const client = botClient(service.base, { channelId: 'webchat' });
    await client.start();
    await client.say('start');
    await client.say('yes');
    const crisis = await client.say(words);
    expect(crisis.status).toBe(200);

    const response = await scrape(`Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^intake_turns_total\{channel="webchat"\} 4$/m);
    expect(text).toMatch(/^intake_turn_duration_seconds_count\{channel="webchat"\} 4$/m);
    expect(text).toMatch(/^intake_store_commit_duration_seconds_count \d+$/m);
    expect(text).toMatch(/^intake_crisis_events_total\{kind="[a-z-]+",level="(concern|urgent|emergency)"\} [1-9]/m);
    // No alert channel is configured here, so the crisis alert waits in the outbox.
    expect(text).toMatch(/^intake_outbox_depth [1-9]\d*$/m);
    expect(text).toMatch(/^intake_outbox_oldest_age_seconds \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
    // Counts only: no conversation id, no record id, no words.
    expect(text).not.toContain(client.id);
    expect(text).not.toContain('kill');
  });

  it('puts an unknown channel under "other" (a caller cannot grow the label set)', async () => {
    const client = botClient(service.base, { channelId: 'made-up-channel-1234' });
    await client.start();
    const text = await (await scrape(`Bearer ${token}`)).text();
    expect(text).toMatch(/^intake_turns_total\{channel="other"\} 1$/m);
    expect(text).not.toContain('made-up-channel');
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  it('refuses everyone', async () => {
    const service = await startTestService();
    try {
      const response = await fetch(`${service.base}/metrics`, { headers: { authorization: 'Bearer anything' } });
      expect(response.status).toBe(401);
    } finally {
      await service.close();
    }
  }, 60_000);
});
