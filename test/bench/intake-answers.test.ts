// The load client's virtual people answer from the prompt metadata alone: any choice step, an unexpected
// "did you mean" confirmation included, typed or tapped; and a whole intake through the real turn reaches submission.
import { describe, expect, it } from 'vitest';
import { answerFor, readReplies, seededRandom } from '../../src/bench/intake-answers.js';
import { defaultPracticeConfigPath, loadPracticeSettings } from '../../src/config.js';
import { createConversationRuntime } from '../../src/conversation/runtime.js';
import { runTurn, startConversation } from '../../src/conversation/turn.js';

const question = (intake: Record<string, unknown>) => readReplies([{ channelData: { intake } }]).question!;

describe('the load client answers from channelData.intake', () => {
  it('reads the question and the submission from the replies', () => {
    const read = readReplies([
      { type: 'message', text: 'Thanks' },
      { channelData: { intake: { step: 'about', field: 'country', input: 'choice', choices: [] } } },
    ]);
    expect(read.question?.field).toBe('country');
    expect(read.submitted).toBe(false);
    expect(readReplies([{ channelData: { intake: { recordId: 'r1' } } }]).submitted).toBe(true);
  });

  it('a confirmation it has never seen gets a likely choice, never the way back out', () => {
    const confirm = question({
      step: 'about',
      field: 'country',
      input: 'choice',
      choices: [
        { value: 'none-of-these', title: 'None of these' },
        { value: 'US', title: 'United States' },
      ],
    });
    for (let seed = 1; seed < 20; seed++) {
      const answer = answerFor(confirm, seededRandom(seed), 1);
      expect(answer).toHaveProperty('text');
      expect((answer as { text: string }).text.toLowerCase()).toBe('united states');
    }
  });

  it('consent is given, the review submitted, safety questions answered calmly', () => {
    const yesNo = [
      { value: 'yes', title: 'Yes' },
      { value: 'no', title: 'No' },
    ];
    const random = seededRandom(7);
    expect(
      answerFor(question({ step: 'consent', field: 'consent', input: 'yesNo', choices: yesNo }), random, 1, 1),
    ).toEqual({ text: 'Yes' });
    expect(
      answerFor(question({ step: 'safety', field: 'asq1', input: 'yesNo', choices: yesNo }), random, 1, 1),
    ).toEqual({
      text: 'No',
    });
    const review = question({
      step: 'review',
      field: 'review',
      input: 'choice',
      choices: [
        { value: 'edit-about', title: 'Edit about you' },
        { value: 'submit', title: 'Submit' },
      ],
    });
    expect(answerFor(review, random, 1, 1)).toEqual({ text: 'Submit' });
  });

  it('a tapped multiple choice is a card submission with codes', () => {
    const multi = question({
      step: 'reasons',
      field: 'reasons',
      input: 'multiChoice',
      choices: [
        { value: 'anxiety', title: 'Anxiety or worry' },
        { value: 'stress', title: 'Stress' },
      ],
    });
    const answer = answerFor(multi, seededRandom(3), 1, 1);
    expect(answer).toMatchObject({ value: { field: 'reasons' } });
  });

  it('whole intakes through the real turn reach submission', () => {
    const runtime = createConversationRuntime(loadPracticeSettings(defaultPracticeConfigPath));
    for (let person = 1; person <= 5; person++) {
      const random = seededRandom(person);
      const at = '2026-11-28T10:00:00.000Z';
      let turn = startConversation(runtime, {
        recordId: `r${person}`,
        reference: 'LOAD-1',
        channel: 'test',
        locale: 'en-US',
        at,
      });
      let submitted = false;
      for (let step = 0; step < 120 && !submitted; step++) {
        const read = readReplies(turn.messages.map((m) => ({ channelData: { intake: m.intake ?? undefined } })));
        submitted = read.submitted;
        if (!read.question) break;
        const answer = answerFor(read.question, random, person);
        const input =
          'text' in answer ? { text: answer.text } : { value: answer.value.answer, valueField: answer.value.field };
        turn = runTurn(runtime, turn.snapshot, { ...input, at });
      }
      submitted ||= readReplies(
        turn.messages.map((m) => ({ channelData: { intake: m.intake ?? undefined } })),
      ).submitted;
      expect(submitted, `person ${person}`).toBe(true);
    }
  }, 30_000);
});
