// A turn is never lost to what happens around it: a failed send after the commit, or a message over the budget.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/crisis/detector.js';
import { type Activityish, botClient, promptOf, startTestService, type TestService } from '../helpers/service.js';

let service: TestService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

/** A stand-in channel on a port: collects the bot's replies; started later, it is a channel that came back. */
async function channelOn(port = 0): Promise<{ server: Server; port: number; received: Activityish[] }> {
  const received: Activityish[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push(JSON.parse(body) as Activityish);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `r${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, received };
}

// The connector retries a refused send a few times before it gives up: seconds per turn.
describe('a send that fails after the turn was saved', { timeout: 180_000 }, () => {
  it('keeps the crisis event and its alert, and sends the help once the channel is back', async () => {
    // A port with nothing listening: every send to the channel fails.
    const probe = await channelOn();
    const port = probe.port;
    await new Promise((resolve) => probe.server.close(resolve));
    service = await startTestService();
    const client = botClient(service.base, { expectReplies: false, serviceUrl: `http://127.0.0.1:${port}/` });

    const reply = await client.say('I want to kill myself');
    expect(reply.status).toBe(200);
    const events = await service.store.listCrisisEvents();
    expect(events.map((e) => e.kind)).toEqual(['suicide']);
    const outbox = await service.store.listOutbox();
    expect(outbox.filter((m) => m.kind === 'crisis-alert')).toHaveLength(1);
    expect(outbox.filter((m) => m.kind === 'bot-replies' && !m.deliveredAt)).toHaveLength(1);

    const channel = await channelOn(port);
    try {
      // The kept replies go out on the next pass (the retry waits its backoff; the test asks for it now).
      for (let attempt = 0; attempt < 40 && channel.received.length === 0; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        await service.retryUndelivered();
      }
      const text = channel.received.map((a) => a.text).join('\n');
      expect(text).toMatch(/988/);
      expect(channel.received.some((a) => a.channelData?.intake?.crisis)).toBe(true);
    } finally {
      await new Promise((resolve) => channel.server.close(resolve));
    }
  });

  it('does not run the turn twice when the channel redelivers it after a failed send', async () => {
    const probe = await channelOn();
    await new Promise((resolve) => probe.server.close(resolve));
    service = await startTestService();
    const client = botClient(service.base, { expectReplies: false, serviceUrl: `http://127.0.0.1:${probe.port}/` });
    await client.say('start', 'once');
    await client.say('start', 'once');
    const records = await service.store.listRecords();
    expect(records).toHaveLength(1);
    const outbox = await service.store.listOutbox();
    expect(outbox.filter((m) => m.kind === 'bot-replies')).toHaveLength(1);
  });
});

describe('the turn budget (RATE_LIMIT_TURNS)', () => {
  it('refuses the intake step over the budget, with a clear message, and stores nothing', async () => {
    service = await startTestService({ RATE_LIMIT_TURNS: '3/0.01' });
    const client = botClient(service.base);
    await client.start();
    await client.say('start');
    const third = await client.say('yes');
    expect(promptOf(third.activities)?.field).toBe('whoFor');
    const over = await client.say('myself');
    expect(over.status).toBe(200);
    expect(over.activities.map((a) => a.text).join('\n')).toMatch(/faster than I can take them in/);
    const [stored] = await service.store.listRecords();
    expect(stored?.ok && stored.record.answers.map((a) => a.field)).not.toContain('whoFor');
  });

  it('still reads a message over the budget for risk: help is shown and the event is stored', async () => {
    service = await startTestService({ RATE_LIMIT_TURNS: '2/0.01' });
    const client = botClient(service.base);
    await client.start();
    await client.say('start');
    const over = await client.say('I am going to kill myself tonight');
    const text = over.activities.map((a) => a.text).join('\n');
    expect(text).toMatch(/988/);
    expect(text).toMatch(/faster than I can take them in/);
    expect(over.activities.some((a) => a.channelData?.intake && 'crisis' in (a.channelData.intake ?? {}))).toBe(true);
    expect((await service.store.listCrisisEvents()).map((e) => e.level)).toContain('emergency');
  });

  it('counts per conversation and per user, not per address: other people are not slowed down', async () => {
    service = await startTestService({ RATE_LIMIT_TURNS: '2/0.01' });
    const busy = botClient(service.base);
    await busy.start();
    await busy.say('start');
    expect((await busy.say('yes')).activities.map((a) => a.text).join('\n')).toMatch(/faster than/);
    const other = botClient(service.base);
    const welcome = await other.start();
    expect(promptOf(welcome.activities)?.field).toBe('start');
    expect(promptOf((await other.say('start')).activities)?.field).toBe('consent');
  });

  it('is off with RATE_LIMIT_TURNS=0', async () => {
    service = await startTestService({ RATE_LIMIT_TURNS: '0' });
    const client = botClient(service.base);
    await client.start();
    for (let i = 0; i < 80; i++) {
      const reply = await client.say('help');
      expect(reply.activities.map((a) => a.text).join('\n')).not.toMatch(/faster than/);
    }
  });
});

describe('a very long message', () => {
  it('is read to its end by the detector: risk after 900 KB of other text still shows help', async () => {
    service = await startTestService();
    const client = botClient(service.base);
    await client.start();
    const filler = 'Work has been a lot lately and my sleep is off. '.repeat(18_500);
    const reply = await client.say(`${filler} I want to kill myself`);
    expect(reply.status).toBe(200);
    expect(reply.activities.map((a) => a.text).join('\n')).toMatch(/988/);
    expect((await service.store.listCrisisEvents()).map((e) => e.kind)).toEqual(['suicide']);
  });
});

describe('the wider scope over /api/messages, with the product’s detector', () => {
  /** The first of these the detector reads as asked: the model may move with training, the behaviour must not. */
  const firstWhere = (texts: readonly string[], holds: (text: string) => boolean) => {
    const found = texts.find(holds);
    if (!found) throw new Error('none of the candidate messages reads as expected; widen the candidates');
    return found;
  };

  it('asks a gentle check-in on an unsure message, and carries on when the person is safe', async () => {
    const text = firstWhere(
      [
        'my neighbor beats his little boy every night, I can hear him screaming',
        'honestly everything feels pointless lately and I am so tired of it all',
        'He has been getting into fights at school',
        'things have been really heavy at home and I do not know what to do anymore',
        'I keep thinking nobody would even notice if I was not around',
      ],
      (t) => {
        const r = detectRisk(t);
        return r.kinds.length === 0 && r.checkIn !== undefined;
      },
    );
    service = await startTestService();
    const client = botClient(service.base);
    await client.start();
    for (const line of ['start', 'yes', 'myself', 'skip', 'skip', '25-34', 'US', 'MA', 'stress'])
      await client.say(line);
    const asked = await client.say(text);
    const crisis = asked.activities.map((a) => a.channelData?.intake?.crisis).find(Boolean) as { level?: string };
    expect(crisis?.level).toBe('check-in');
    expect(promptOf(asked.activities)).toMatchObject({ step: 'crisis', field: 'checkIn' });
    const safe = await client.say("I'm safe");
    expect(promptOf(safe.activities)?.field).toBe('priorTherapy');
    const [stored] = await service.store.listRecords();
    expect(stored?.ok && stored.record.safety.checkIns.map((c) => c.answer)).toEqual(['safe']);
    expect(await service.store.listCrisisEvents()).toEqual([]);
  });

  it('reads a report about someone else’s emergency as theirs: emergency number and poison help, events with the subject', async () => {
    const text = firstWhere(
      [
        'my friend took a whole bottle of her pills and she will not wake up',
        'my roommate swallowed a bunch of pills and I cannot wake her up',
      ],
      (t) => detectRisk(t).subject === 'someone-else' && detectRisk(t).kinds.some((k) => k.kind === 'medical'),
    );
    service = await startTestService();
    const client = botClient(service.base);
    await client.start();
    const reply = await client.say(text);
    const crisis = reply.activities.map((a) => a.channelData?.intake?.crisis).find(Boolean) as {
      kind?: string;
      subject?: string;
      resources?: { id: string }[];
    };
    expect(crisis).toMatchObject({ kind: 'medical', subject: 'someone-else' });
    expect(crisis.resources?.map((r) => r.id)).toEqual(expect.arrayContaining(['us-911', 'us-poison-help']));
    expect(reply.activities.map((a) => a.text).join('\n')).toMatch(/the person you're worried about/);
    expect(await service.store.listCrisisEvents()).toEqual([
      expect.objectContaining({ kind: 'medical', level: 'emergency', subject: 'someone-else' }),
    ]);
  });
});
