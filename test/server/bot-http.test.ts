// The bot over real HTTP against the real server: whole intakes, redelivery, races, restarts and bad input.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Activityish, botClient, promptOf, startTestService, type TestService } from '../helpers/service.js';

/** Answers by field, like an outside client that reads channelData.intake. */
const answers: Record<string, string> = {
  start: 'start',
  consent: 'yes',
  whoFor: 'myself',
  preferredName: 'Alex',
  pronouns: 'skip',
  ageRange: '18-24',
  country: 'United States',
  region: 'Massachusetts',
  reasons: 'stress, low mood',
  reasonsOwnWords: 'Work has been overwhelming',
  priorTherapy: 'current',
  medication: 'yes',
  phq1: '0',
  phq2: '1',
  gad1: '1',
  gad2: '1',
  goals: 'skip',
  goalsOwnWords: 'Set better boundaries at work',
  formats: 'video, phone',
  availability: 'weekday mornings',
  therapistGender: 'skip',
  therapistLanguage: 'skip',
  therapistNotes: 'skip',
  payment: 'insurance',
  insuranceCarrier: 'Blue Cross',
  asq1: 'no',
  asq2: 'no',
  asq3: 'no',
  asq4: 'no',
  firstName: 'Alex',
  lastName: 'Kim',
  email: 'alex.kim@example.com',
  phone: '617 555 0142',
  contactMethods: 'text, phone',
  voicemailOk: 'yes',
  textOk: 'yes',
  bestTimes: 'skip',
  review: 'submit',
};

async function completeIntake(
  say: (text: string) => Promise<Activityish[]>,
  first: Activityish[],
  onTurn?: (activities: Activityish[]) => void,
) {
  let activities = first;
  for (let turn = 0; turn < 80; turn++) {
    onTurn?.(activities);
    const recordId = activities.map((a) => a.channelData?.intake?.recordId).find(Boolean);
    if (recordId) return recordId as string;
    const field = promptOf(activities)?.field;
    if (!field || !(field in answers)) throw new Error(`unexpected prompt ${field}`);
    activities = await say(answers[field] as string);
  }
  throw new Error('no submission within 80 turns');
}

describe('the bot over HTTP', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });
  afterAll(async () => {
    await service.close();
    nock.enableNetConnect();
  });
  afterEach(() => nock.cleanAll());

  it('completes a whole intake with expectReplies, and the record is stored', async () => {
    const client = botClient(service.base);
    const started = await client.start();
    expect(started.status).toBe(200);
    expect(promptOf(started.activities)).toMatchObject({ step: 'welcome', field: 'start', input: 'choice' });
    const recordId = await completeIntake(async (text) => (await client.say(text)).activities, started.activities);
    const stored = await service.store.getRecord(recordId);
    expect(stored?.ok && stored.record).toMatchObject({
      status: 'submitted',
      contact: { email: 'alex.kim@example.com', phone: '+16175550142' },
      reasons: { codes: ['low-mood', 'stress'] },
      preferences: { formats: ['video', 'phone'], carrierAccepted: true },
    });
  });

  it('carries progress in channelData and shows the review once, by section, with one Change each', async () => {
    const client = botClient(service.base);
    const started = await client.start();
    const progress: { percent: number; minutesLeft: number; paused: boolean }[] = [];
    let review: Activityish | undefined;
    await completeIntake(
      async (text) => (await client.say(text)).activities,
      started.activities,
      (activities) => {
        const prompt = activities.at(-1);
        const intake = prompt?.channelData?.intake as { field?: string; progress?: (typeof progress)[number] };
        if (intake?.field && intake.progress) progress.push(intake.progress);
        if (intake?.field === 'review') review = prompt;
      },
    );
    const percents = progress.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(progress.every((p) => !p.paused && p.minutesLeft >= 1)).toBe(true);
    // The card holds the answers; the text is the question alone, so nothing is said twice.
    const text = String(review?.text);
    expect(text).toMatch(/^Here's what you told us/);
    expect(text).not.toContain('alex.kim@example.com');
    const card = JSON.stringify(review?.attachments ?? []);
    expect(card.split('kim@example')).toHaveLength(2);
    expect(card).not.toMatch(/PHQ|GAD|Score/i);
    for (const section of ['about', 'reasons', 'history', 'measures', 'goals', 'preferences', 'contact']) {
      expect(card.split(`"answer":"edit-${section}"`), section).toHaveLength(2);
    }
    expect(card).toContain('"answer":"submit"');
  });

  it('asks "did you mean…?" with the same step and field, as a choice with buttons, and none of these goes back', async () => {
    const client = botClient(service.base);
    await client.start();
    for (const text of ['start', 'yes', 'myself', 'skip', 'skip', '18-24', 'United States']) await client.say(text);
    const asked = (await client.say('mass')).activities;
    expect(promptOf(asked)).toMatchObject({
      step: 'about',
      field: 'region',
      input: 'choice',
      choices: [
        { value: 'MA', title: 'Massachusetts' },
        { value: 'none-of-these', title: 'None of these' },
      ],
    });
    const buttons = (asked.at(-1)?.suggestedActions as { actions?: { value?: string }[] } | undefined)?.actions;
    expect(buttons?.map((b) => b.value)).toEqual(['Massachusetts', 'None of these']);
    expect(JSON.stringify(asked)).not.toMatch(/licensed/);
    // The button's title comes back as the person's message.
    expect(promptOf((await client.say('Massachusetts')).activities)?.field).toBe('reasons');
    expect(promptOf((await client.say('anxeity')).activities)).toMatchObject({ field: 'reasons', input: 'choice' });
    expect(promptOf((await client.say('None of these')).activities)).toMatchObject({
      field: 'reasons',
      input: 'multiChoice',
    });
  });

  it('completes a whole intake with normal delivery: replies go to the serviceUrl', async () => {
    const sent: Activityish[] = [];
    nock('http://127.0.0.1:9')
      .persist()
      .post(/\/v3\/conversations\/.+\/activities/)
      .reply(200, (_uri, body) => {
        sent.push(body as Activityish);
        return { id: `r${sent.length}` };
      });
    const client = botClient(service.base, { expectReplies: false, serviceUrl: 'http://127.0.0.1:9/' });
    const take = async (post: Promise<{ status: number }>) => {
      const before = sent.length;
      expect((await post).status).toBe(200);
      return sent.slice(before).filter((a) => a.type === 'message');
    };
    const first = await take(client.start());
    expect(first.at(-1)?.channelData?.intake).toMatchObject({ step: 'welcome', field: 'start' });
    const recordId = await completeIntake((text) => take(client.say(text)), first);
    expect(recordId).toMatch(/[0-9a-f-]{36}/);
    // Single choices come as suggested actions, multi-choice as an Adaptive Card.
    expect(sent.some((a) => (a.suggestedActions as { actions?: unknown[] } | undefined)?.actions?.length)).toBe(true);
    expect(sent.some((a) => JSON.stringify(a.attachments ?? []).includes('Input.ChoiceSet'))).toBe(true);
    // Nothing is sent before the turn is saved, not even a typing indicator.
    expect(sent.some((a) => a.type === 'typing')).toBe(false);
  });

  it('answers a redelivered activity from the store and never applies it twice', async () => {
    const client = botClient(service.base);
    await client.start();
    const once = await client.say('start', 'dup-1');
    const again = await client.say('start', 'dup-1');
    expect(again.activities).toEqual(once.activities);
    expect(promptOf(again.activities)?.field).toBe('consent');
    const next = await client.say('yes');
    expect(promptOf(next.activities)?.field).toBe('whoFor');
    const record = (await service.store.listRecords()).find(
      (r) => r.ok && r.record.consent?.given && r.record.answers.length === 0,
    );
    expect(record).toBeDefined();
  });

  it('serialises two messages racing for one conversation: both applied once, one after the other', async () => {
    const client = botClient(service.base);
    await client.start();
    await client.say('start');
    await client.say('yes');
    const [a, b] = await Promise.all([client.say('myself'), client.say('Alex')]);
    for (const reply of [a, b]) {
      expect(reply.status).toBe(200);
      expect(reply.activities.map((x) => x.text).join('\n')).not.toMatch(/wasn't saved/);
    }
    const asked = new Set([promptOf(a.activities)?.field, promptOf(b.activities)?.field]);
    // "myself" first: it answers whoFor and "Alex" the name. "Alex" first: it misses whoFor and "myself" answers it.
    const myselfFirst = asked.has('preferredName') && asked.has('pronouns');
    const alexFirst = asked.has('whoFor') && asked.has('preferredName');
    expect(myselfFirst || alexFirst, JSON.stringify([...asked])).toBe(true);
  });

  it('rejects malformed activities with 400 and oversized bodies with 413, never a 500', async () => {
    const post = (body: string) =>
      fetch(`${service.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'message', text: 'hi' }))).status).toBe(400);
    expect((await post(JSON.stringify({ type: 42, channelId: [], conversation: 'x' }))).status).toBe(400);
    expect((await post(JSON.stringify({ text: 'x'.repeat(1_100_000) }))).status).toBe(413);
    const unknownType = botClient(service.base);
    const invoke = { type: 'invoke', name: 'unknown', channelId: 'directline', serviceUrl: 'http://127.0.0.1:9/' };
    expect((await unknownType.raw({ ...invoke, conversation: { id: 'z' } })).status).toBe(200);
  });

  it('re-prompts tampered card submissions and accepts a valid one', async () => {
    const client = botClient(service.base);
    await client.start();
    await client.say('start');
    await client.say('yes');
    for (const forged of [
      { field: 'whoFor', answer: 'root' },
      { field: 'email', answer: 'myself' },
      { __proto__: { polluted: true } },
      'myself;drop table',
      [1, 2, 3],
    ]) {
      const reply = await client.submit(forged);
      expect(reply.status).toBe(200);
      expect(promptOf(reply.activities)?.field).toBe('whoFor');
    }
    const ok = await client.submit({ field: 'whoFor', answer: 'myself' });
    expect(promptOf(ok.activities)?.field).toBe('preferredName');
  });

  it('a multi-choice card submission is validated on the server', async () => {
    const client = botClient(service.base);
    for (const text of ['start', 'yes', 'myself', 'skip', 'skip', '25-34', 'US', 'MA']) await client.say(text);
    const forged = await client.submit({ field: 'reasons', answer: ['anxiety', 'not-a-code'] });
    expect(promptOf(forged.activities)?.field).toBe('reasons');
    const ok = await client.submit({ field: 'reasons', answer: 'anxiety,sleep' });
    expect(promptOf(ok.activities)?.field).toBe('reasonsOwnWords');
  });

  it('never writes what people type into the logs', async () => {
    const client = botClient(service.base);
    await client.start();
    await client.say('start');
    await client.say('yes');
    await client.say('myself');
    await client.say('Zanzibarcanary');
    await client.say('I want to die zanzibarcanary');
    expect(service.logs()).toContain('turn committed');
    expect(service.logs().toLowerCase()).not.toContain('zanzibarcanary');
    expect(service.logs()).not.toContain('I want to die');
  });

  it('shows crisis resources as text everywhere, with call and text buttons where the channel opens tel: links', async () => {
    const webchat = botClient(service.base);
    await webchat.start();
    const reply = await webchat.say('I want to kill myself');
    const crisis = reply.activities.find((a) => a.channelData?.intake?.crisis);
    expect(crisis?.text).toMatch(/\b988\b/);
    const card = JSON.stringify(crisis?.attachments ?? []);
    expect(card).toContain('tel:988');
    expect(card).toContain('sms:741741');
    expect(card).toContain('tel:911');
    const teams = botClient(service.base, { channelId: 'msteams' });
    await teams.start();
    const teamsReply = await teams.say('I want to kill myself');
    const teamsCrisis = teamsReply.activities.find((a) => a.channelData?.intake?.crisis);
    expect(teamsCrisis?.text).toMatch(/\b988\b/);
    expect(teamsCrisis?.attachments ?? []).toEqual([]);
  });

  it('answers health and readiness checks', async () => {
    expect((await fetch(`${service.base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${service.base}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'sqlite' });
  });
});

describe('restarts', () => {
  it('a new server on the same database continues the conversation where it was', async () => {
    const first = await startTestService();
    const client = botClient(first.base, { id: 'restart-conv' });
    await client.start();
    for (const text of ['start', 'yes', 'myself']) await client.say(text);
    await first.close();
    const second = await startTestService({ DATABASE_URL: first.databaseUrl });
    try {
      const again = botClient(second.base, { id: 'restart-conv' });
      const reply = await again.say('Robin');
      expect(promptOf(reply.activities)?.field).toBe('pronouns');
      const resumed = await again.start();
      expect(resumed.activities.map((a) => a.text).join('\n')).toMatch(/Welcome back/);
    } finally {
      await second.close();
    }
  });
});

describe('when the store is down', () => {
  it('still shows crisis resources in that turn, and says honestly that nothing was saved', async () => {
    const service = await startTestService();
    const client = botClient(service.base);
    await client.start();
    await service.store.close();
    const reply = await client.say('I am going to kill myself tonight');
    expect(reply.status).toBe(200);
    const text = reply.activities.map((a) => a.text).join('\n');
    expect(reply.activities.some((a) => a.channelData?.intake?.crisis)).toBe(true);
    expect(text).toMatch(/\b988\b/);
    expect(text).toMatch(/\b911\b/);
    expect(text).toMatch(/wasn't saved/);
    expect((await fetch(`${service.base}/readyz`)).status).toBe(503);
    await service.close().catch(() => undefined);
  });
});

describe('production', () => {
  it('refuses to start without bot credentials or a self-hosted Direct Line key', async () => {
    await expect(startTestService({ NODE_ENV: 'production', DIRECT_LINE_MODE: 'azure' })).rejects.toThrow(
      /MicrosoftAppId/,
    );
    await expect(startTestService({ NODE_ENV: 'production' })).rejects.toThrow(/DIRECT_LINE_LOCAL_KEY/);
  });

  it('rejects unauthenticated requests when credentials are configured', async () => {
    const service = await startTestService({
      NODE_ENV: 'production',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000000',
      MicrosoftAppPassword: 'not-a-real-secret',
      DIRECT_LINE_LOCAL_KEY: 'a-local-direct-line-signing-key-of-40-chars',
    });
    try {
      nock.disableNetConnect();
      nock.enableNetConnect(/127\.0\.0\.1|localhost/);
      const reply = await botClient(service.base).say('hello');
      expect(reply.status).toBe(401);
    } finally {
      nock.enableNetConnect();
      await service.close();
    }
  });
});

describe('opening a conversation again', () => {
  it('welcomes back to the open question, and says a sent intake is already sent', async () => {
    const service = await startTestService();
    try {
      const client = botClient(service.base);
      await client.start();
      for (const text of ['start', 'yes']) await client.say(text);
      const back = await client.start();
      expect(back.activities.map((a) => a.text).join('\n')).toMatch(/Welcome back/);
      expect(promptOf(back.activities)?.field).toBe('whoFor');

      const sent = botClient(service.base);
      await completeIntake(async (text) => (await sent.say(text)).activities, (await sent.start()).activities);
      const again = await sent.start();
      expect(again.activities.map((a) => a.text).join('\n')).toMatch(/already been sent/);
      expect(again.activities.at(-1)?.channelData?.intake).toMatchObject({ step: 'submitted' });
    } finally {
      await service.close();
    }
  });
});
