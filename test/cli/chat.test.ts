// `npm run chat`, run as a person or a script would: answers piped on stdin, one JSON object per bot message with
// --jsonl (exactly CONVERSATION.md's prompt metadata), and the intake record at the end.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type IntakeRecord, intakeRecordSchema } from '../../src/record/schema.js';
import { Conversation } from '../helpers/conversation.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const spawnTimeout = 60_000;

interface Intake {
  step?: string;
  field?: string;
  input?: string;
  choices?: { value: string; title: string }[];
  optional?: boolean;
  progress?: { index: number; total: number; percent: number; minutesLeft: number; paused: boolean };
  crisis?: { level: string; kind: string; resources: { id: string; kind: string; label: string }[] };
  recordId?: string;
}
type Line = { text: string; intake: Intake | null } | { record: IntakeRecord };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run --silent chat -- <args>` with the lines typed on stdin, in the shipped practice's settings. */
function chat(args: readonly string[], lines: readonly string[]): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
  delete env.PRACTICE_CONFIG;
  const result = spawnSync('npm', ['run', '--silent', 'chat', '--', ...args], {
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    cwd: projectRoot,
    env,
    timeout: spawnTimeout,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every line of --jsonl output, parsed (a line that is not JSON fails here, naming it). */
function jsonLines(run: Run): Line[] {
  const lines = run.stdout.split('\n').filter((line) => line !== '');
  return lines.map((line) => {
    try {
      return JSON.parse(line) as Line;
    } catch {
      throw new Error(`not a JSON line on stdout: ${line}\nstderr: ${run.stderr}`);
    }
  });
}

const botMessages = (lines: Line[]) =>
  lines.filter((line): line is Exclude<Line, { record: IntakeRecord }> => 'text' in line);
/** The questions asked: messages whose metadata names a step and a field (the submission confirmation has no field). */
const prompts = (lines: Line[]) =>
  botMessages(lines).flatMap((line) => (line.intake?.step && line.intake.field ? [line.intake] : []));
const finalRecord = (lines: Line[]) => {
  const last = lines.at(-1);
  if (!last || !('record' in last)) throw new Error(`the last line is not { record }: ${JSON.stringify(last)}`);
  return last.record;
};

/** A whole intake typed in plain words, answer by field. */
const englishScript: Record<string, string> = {
  start: "let's go",
  consent: 'yes I agree',
  whoFor: "it's for me",
  preferredName: 'Sam',
  pronouns: 'they/them',
  ageRange: "I'm 29",
  country: 'USA',
  region: 'Massachusetts',
  reasons: 'mostly anxiety and some sleep stuff',
  reasonsOwnWords: 'I have panic attacks at work',
  priorTherapy: 'I saw someone years ago',
  medication: 'nope',
  phq1: 'several days',
  phq2: 'not at all',
  gad1: 'nearly every day',
  gad2: '3',
  gad3: '2',
  gad4: 'nearly every day',
  gad5: '1',
  gad6: 'not at all',
  gad7: 'several days',
  goals: 'feel less anxious',
  goalsOwnWords: "I'd like to enjoy my weekends again",
  formats: 'video or phone',
  availability: 'evenings and weekends',
  therapistGender: 'skip',
  therapistLanguage: 'skip',
  therapistNotes: 'skip',
  payment: 'my insurance',
  insuranceCarrier: 'bcbs',
  asq1: 'no',
  asq2: 'no',
  asq3: 'no',
  asq4: 'no',
  firstName: 'Sam',
  lastName: 'Rivera',
  email: 'Sam.Rivera@Example.com',
  phone: '(617) 555-0142',
  contactMethods: 'email or text',
  voicemailOk: 'no',
  textOk: 'yes',
  bestTimes: 'skip',
  review: 'submit',
};

/** The lines a person types, in order, found by answering the same script in-process over the same turn. */
function linesFor(script: Record<string, string>): string[] {
  const conversation = new Conversation();
  const typed: string[] = [];
  for (let turn = 0; turn < 120 && conversation.record.status !== 'submitted'; turn++) {
    const field = conversation.field;
    const answer = field ? script[field] : undefined;
    if (answer === undefined) throw new Error(`no scripted answer for ${field}`);
    typed.push(answer);
    conversation.say(answer);
  }
  expect(conversation.record.status).toBe('submitted');
  return typed;
}

let englishRun: Line[] | undefined;
/** One run of the whole English intake, shared by the tests that read it. */
function wholeEnglishIntake(): Line[] {
  if (!englishRun) {
    const run = chat(['--jsonl'], linesFor(englishScript));
    expect(run.status, run.stderr).toBe(0);
    englishRun = jsonLines(run);
  }
  return englishRun;
}

describe('npm run chat -- --jsonl, a whole intake piped in', () => {
  it('prints only JSON lines: { text, intake } per bot message, then { record }', { timeout: spawnTimeout }, () => {
    const lines = wholeEnglishIntake();
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines.slice(0, -1)) {
      expect(Object.keys(line).sort(), JSON.stringify(line)).toEqual(['intake', 'text']);
      if ('text' in line) expect(typeof line.text).toBe('string');
    }
    expect(Object.keys(lines.at(-1) ?? {})).toEqual(['record']);
  });

  it('opens with the welcome prompt, its metadata exactly as specified', { timeout: spawnTimeout }, () => {
    const [first] = wholeEnglishIntake();
    expect(first).toMatchObject({ text: expect.stringContaining('Harbor Light Counseling') });
    const intake = first && 'intake' in first ? first.intake : null;
    expect(intake).toEqual({
      step: 'welcome',
      field: 'start',
      input: 'choice',
      choices: [
        { value: 'start', title: expect.any(String) },
        { value: 'not-now', title: expect.any(String) },
        { value: 'language', title: expect.any(String) },
      ],
      optional: false,
      progress: { index: 1, total: 11, percent: 0, minutesLeft: expect.any(Number), paused: false },
    });
    expect(intake?.choices?.map((choice) => choice.value)).toEqual(['start', 'not-now', 'language']);
  });

  it('offers choices on every prompt but text, email and phone', { timeout: spawnTimeout }, () => {
    const asked = prompts(wholeEnglishIntake());
    const inputs = new Set(asked.map((prompt) => prompt.input));
    for (const input of ['choice', 'multiChoice', 'yesNo', 'scale', 'text', 'email', 'phone']) {
      expect(inputs, input).toContain(input);
    }
    for (const prompt of asked) {
      if (prompt.input === 'text' || prompt.input === 'email' || prompt.input === 'phone') {
        expect(prompt, prompt.field).not.toHaveProperty('choices');
      } else {
        expect(prompt.choices?.length, prompt.field).toBeGreaterThan(0);
        for (const choice of prompt.choices ?? []) expect(Object.keys(choice).sort()).toEqual(['title', 'value']);
      }
    }
    expect(asked.find((prompt) => prompt.field === 'email')).toMatchObject({ step: 'contact', input: 'email' });
    expect(asked.find((prompt) => prompt.field === 'phone')).toMatchObject({ step: 'contact', input: 'phone' });
    expect(asked.find((prompt) => prompt.field === 'phq1')?.choices?.map((c) => c.value)).toEqual(['0', '1', '2', '3']);
  });

  it('says where the person is on every prompt: step k of n, percent, minutes left', { timeout: spawnTimeout }, () => {
    const lines = wholeEnglishIntake();
    let percent = -1;
    for (const prompt of prompts(lines)) {
      expect(prompt.progress?.total, prompt.field).toBe(11);
      expect(prompt.progress?.index, prompt.field).toBeGreaterThanOrEqual(1);
      expect(prompt.progress?.index, prompt.field).toBeLessThanOrEqual(11);
      expect(prompt.progress?.paused, prompt.field).toBe(false);
      expect(prompt.progress?.percent, prompt.field).toBeGreaterThanOrEqual(percent);
      expect(prompt.progress?.minutesLeft, prompt.field).toBeGreaterThanOrEqual(1);
      percent = prompt.progress?.percent ?? percent;
    }
    const sent = botMessages(lines).findLast((m) => m.intake?.step === 'submitted');
    expect(sent?.intake?.progress).toMatchObject({ percent: 100, minutesLeft: 0 });
    // The terminal has no bar: each section opens with the minutes left, and no bubble says "Step k of n".
    const said = botMessages(lines)
      .map((m) => m.text)
      .join('\n');
    expect(said).toMatch(/About \d+ minutes left\./);
    expect(said).not.toMatch(/Step \d+ of \d+/);
  });

  // CONVERSATION.md's channelData.intake contract: every prompt carries `optional`.
  it('every prompt says whether it is optional', {
    timeout: spawnTimeout,
  }, () => {
    const missing = prompts(wholeEnglishIntake())
      .filter((prompt) => typeof prompt.optional !== 'boolean')
      .map((prompt) => prompt.field);
    expect(missing).toEqual([]);
  });

  it('ends with the submitted record: valid, with consent and the person’s email and phone', {
    timeout: spawnTimeout,
  }, () => {
    const lines = wholeEnglishIntake();
    const record = finalRecord(lines);
    const parsed = intakeRecordSchema.safeParse(record);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(record).toMatchObject({
      status: 'submitted',
      channel: 'terminal',
      locale: 'en-US',
      consent: { given: true },
      contact: {
        firstName: 'Sam',
        lastName: 'Rivera',
        email: 'Sam.Rivera@example.com',
        phone: '+16175550142',
        contactMethods: ['email', 'text'],
        voicemailOk: false,
        textOk: true,
      },
      preferences: { insuranceCarrier: 'bcbs', carrierAccepted: true },
      measures: { phq: { form: 'phq-2', total: 1 }, gad: { form: 'gad-7', total: 3 + 3 + 2 + 3 + 1 + 0 + 1 } },
    });
    expect(record.submittedAt).toEqual(expect.any(String));
    const confirmation = botMessages(lines).find((line) => line.intake?.recordId);
    expect(confirmation?.intake).toMatchObject({ step: 'submitted', recordId: record.id });
    expect(confirmation?.text).toContain(record.reference);
  });
});

describe('npm run chat -- --jsonl, a crisis as the first answer', () => {
  it('shows the crisis line and the emergency number at once, with machine-readable resources', {
    timeout: spawnTimeout,
  }, () => {
    const canary = 'zebracanary';
    const run = chat(['--jsonl'], [`${canary} I want to die`]);
    expect(run.status, run.stderr).toBe(0);
    const lines = jsonLines(run);
    const crisis = botMessages(lines).find((line) => line.intake?.crisis)?.intake?.crisis;
    expect(crisis).toMatchObject({ level: expect.stringMatching(/^(concern|emergency)$/), kind: 'suicide' });
    const labels = crisis?.resources.map((resource) => resource.label).join('\n') ?? '';
    expect(labels).toMatch(/\b988\b/);
    expect(labels).toMatch(/\b911\b/);
    const record = finalRecord(lines);
    expect(intakeRecordSchema.safeParse(record).success).toBe(true);
    expect(record.safety.detectorEvents).toEqual([
      expect.objectContaining({ step: 'welcome', kind: 'suicide', source: 'detector' }),
    ]);
    expect(record.triage.level).not.toBe('none');
    expect(run.stdout).not.toContain(canary);
  });
});

describe('npm run chat -- --locale es-ES --jsonl', () => {
  it('talks Spanish and records the locale es-ES', { timeout: spawnTimeout }, () => {
    const run = chat(['--locale', 'es-ES', '--jsonl'], ['empezar', 'sí', 'para mí']);
    expect(run.status, run.stderr).toBe(0);
    const lines = jsonLines(run);
    expect(botMessages(lines)[0]?.text).toMatch(/^Hola/);
    expect(botMessages(lines)[0]?.text).not.toMatch(/Paso \d+ de \d+/);
    expect(botMessages(lines).find((m) => m.intake?.field === 'consent')?.text).toMatch(
      /^Quedan más o menos \d+ minutos\./,
    );
    expect(prompts(lines).map((prompt) => prompt.field)).toEqual(['start', 'consent', 'whoFor', 'preferredName']);
    const record = finalRecord(lines);
    expect(intakeRecordSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({ locale: 'es-ES', status: 'in-progress', consent: { given: true } });
    expect(record.client.whoFor).toBe('myself');
  });
});

describe('npm run chat, in plain text', () => {
  it('numbers the choices and ends with the record', { timeout: spawnTimeout }, () => {
    const run = chat([], ['start', 'no']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Hi, I'm the intake assistant/);
    expect(run.stdout).toContain("\n  1. Let's start\n  2. Not now\n  3. Español\n");
    expect(run.stdout).toContain('\n  1. Yes\n  2. No\n');
    const [, recordText] = run.stdout.split('\nRecord:\n');
    expect(recordText).toBeDefined();
    const record = intakeRecordSchema.parse(JSON.parse(recordText ?? ''));
    expect(record.status).toBe('declined');
    expect(record.answers).toEqual([]);
  });
});
