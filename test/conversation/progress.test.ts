// Progress as the person lives it: a percentage that only rises along a whole intake, minutes left that only fall,
// 100 at the finish, paused in the crisis branch, and the minutes said in words where no bar shows them.
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/conversation/progress.js';
import { Conversation, defaultRuntime, runtimeWith } from '../helpers/conversation.js';
import { englishFreeText, englishTapped, spanishFreeText } from '../helpers/intake-scripts.js';

/** The progress of every question asked along a whole intake, then of the confirmation. */
function progressAlong(c: Conversation, script: Record<string, string>, how: 'say' | 'tap' = 'say') {
  const seen: { field: string; progress: Progress }[] = [];
  const note = () => {
    const prompt = c.prompt;
    if (prompt?.progress) seen.push({ field: prompt.field ?? prompt.step ?? '', progress: prompt.progress });
  };
  note();
  c.completeWith(script, how, note);
  return seen;
}

describe('progress along a whole intake', () => {
  it.each([
    ['English, typed', englishFreeText, 'en-US', 'say'],
    ['English, tapped (with a check-in on the way)', englishTapped, 'en-US', 'tap'],
    ['Spanish, typed', spanishFreeText, 'es-ES', 'say'],
  ] as const)('%s: percent never falls, minutes never rise, 100 and 0 at the finish', (_, script, locale, how) => {
    const seen = progressAlong(new Conversation(defaultRuntime, locale), script, how);
    // The check-in (englishTapped meets one) is part of the crisis branch: paused.
    for (const s of seen) expect(s.progress.paused, s.field).toBe(s.field === 'checkIn');
    const intake = seen.filter((s) => !s.progress.paused);
    expect(intake[0]?.progress).toMatchObject({ index: 1, total: 11, percent: 0 });
    for (let i = 1; i < intake.length; i++) {
      const [before, now] = [intake[i - 1]!, intake[i]!];
      expect(now.progress.percent, `${before.field} → ${now.field}`).toBeGreaterThanOrEqual(before.progress.percent);
      expect(now.progress.minutesLeft, `${before.field} → ${now.field}`).toBeLessThanOrEqual(
        before.progress.minutesLeft,
      );
      expect(now.progress.index).toBeGreaterThanOrEqual(before.progress.index);
    }
    const last = intake.at(-1)?.progress;
    expect(last).toEqual({ index: 11, total: 11, percent: 100, minutesLeft: 0, paused: false });
    // Below 100 until the intake is really sent.
    expect(intake.slice(0, -1).every((s) => s.progress.percent < 100)).toBe(true);
  });

  it('moves with every answer, not only with every section (eleven measures answers are eleven steps)', () => {
    const seen = progressAlong(new Conversation(), englishFreeText);
    const measures = seen.filter((s) => /^(phq|gad)\d$/.test(s.field)).map((s) => s.progress.percent);
    expect(measures.length).toBeGreaterThan(10);
    expect(new Set(measures).size).toBe(measures.length);
    expect(new Set(seen.filter((s) => /^(phq|gad)\d$/.test(s.field)).map((s) => s.progress.index)).size).toBe(1);
  });

  it('jumps ahead when an answer makes questions unnecessary (a negative short screen skips the long one)', () => {
    const c = new Conversation().sayAll(['start', 'yes', 'myself', 'skip', 'skip', '25-34', 'US', 'MA']);
    c.sayAll(['stress', 'skip', 'never', 'no', '0', '0', '0']);
    const before = c.prompt?.progress;
    c.say('0');
    expect(c.field).toBe('goals');
    const after = c.prompt?.progress;
    expect((after?.percent ?? 0) - (before?.percent ?? 0)).toBeGreaterThan(5);
    expect(after?.minutesLeft).toBeLessThan(before?.minutesLeft ?? 0);
  });

  it('counts what this practice asks: without the measures there is less to go', () => {
    const withMeasures = new Conversation().sayAll(['start', 'yes']);
    const without = new Conversation(runtimeWith({ measuresEnabled: false })).sayAll(['start', 'yes']);
    expect(without.prompt?.progress?.minutesLeft).toBeLessThan(withMeasures.prompt?.progress?.minutesLeft ?? 0);
    expect(without.prompt?.progress?.percent).toBeGreaterThan(withMeasures.prompt?.progress?.percent ?? 0);
  });
});

describe('progress in the crisis branch', () => {
  it('is paused where the person was, and goes on from there when they carry on', () => {
    const c = new Conversation().sayAll(['start', 'yes', 'myself', 'skip', 'skip', '25-34', 'US', 'MA']);
    const atReasons = c.prompt?.progress;
    expect(atReasons).toMatchObject({ index: 4, paused: false });
    c.say("I don't want to be alive anymore");
    expect(c.crisis).toBeDefined();
    expect(c.prompt?.step).not.toBe('reasons');
    expect(c.prompt?.progress).toMatchObject({
      index: 4,
      total: 11,
      paused: true,
      percent: atReasons?.percent,
      minutesLeft: atReasons?.minutesLeft,
    });
    // Every question of the branch (the screen's included) keeps the bar paused.
    for (let turn = 0; turn < 10 && c.field !== 'continueIntake'; turn++) {
      expect(c.prompt?.progress?.paused, c.field).toBe(true);
      c.say('no');
    }
    expect(c.field).toBe('continueIntake');
    expect(c.prompt?.progress?.paused).toBe(true);
    expect(c.text).not.toMatch(/minutes? left/);
    c.say('carry on');
    expect(c.field).toBe('reasons');
    expect(c.prompt?.progress).toMatchObject({ index: 4, paused: false });
    expect(c.prompt?.progress?.percent).toBeGreaterThanOrEqual(atReasons?.percent ?? 0);
  });
});

describe('minutes left in words', () => {
  it('open each section where there is no bar (terminal, Teams), never inside a section or on the widget', () => {
    const c = new Conversation().sayAll(['start', 'yes']);
    expect(c.text).toMatch(/^About \d+ minutes left\.\nWho are you looking for therapy for\?/m);
    c.say('myself');
    expect(c.text).not.toMatch(/minutes? left/);
  });

  it('are left to the bar on the website widget', () => {
    const widget = new Conversation();
    const snapshot = widget.turn.snapshot as { context: { channel: string } };
    snapshot.context.channel = 'directline';
    widget.sayAll(['start', 'yes']);
    expect(widget.field).toBe('whoFor');
    expect(widget.text).not.toMatch(/minutes? left/);
    expect(widget.prompt?.progress?.minutesLeft).toBeGreaterThan(1);
  });

  it('are said in Spanish', () => {
    const c = new Conversation(defaultRuntime, 'es-ES').sayAll(['empezar', 'sí']);
    expect(c.text).toMatch(/^Quedan más o menos \d+ minutos\.\n¿Para quién/m);
  });
});
