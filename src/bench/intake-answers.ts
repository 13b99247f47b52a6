// How a virtual client answers the intake: read from the question's `channelData.intake` metadata (step, field,
// input, choice codes), never from its wording, so the load client keeps working when the wording changes.
import { z } from 'zod';

const choiceSchema = z.object({ value: z.string(), title: z.string() });

/** The part of a reply activity the client relies on (CONVERSATION.md, "Machine-readable prompt metadata"). */
const intakeMetaSchema = z
  .object({
    step: z.string().optional(),
    field: z.string().optional(),
    input: z.string().optional(),
    optional: z.boolean().optional(),
    choices: z.array(choiceSchema).optional(),
    recordId: z.string().optional(),
  })
  .loose();
export type IntakeMeta = z.infer<typeof intakeMetaSchema>;

const replySchema = z.object({ channelData: z.object({ intake: intakeMetaSchema }).loose().optional() }).loose();

/** What the client sends next: text (typed, or a tapped button's title) or an Adaptive Card submission. */
export type Answer = { text: string } | { value: { field: string; answer: string[] } };

/** What a turn's replies say: the question now asked, and whether the intake was submitted. */
export interface ReadReplies {
  question?: IntakeMeta & { field: string; input: string };
  submitted: boolean;
}

export function readReplies(activities: readonly unknown[]): ReadReplies {
  let question: ReadReplies['question'];
  let submitted = false;
  for (const activity of activities) {
    const parsed = replySchema.safeParse(activity);
    const intake = parsed.success ? parsed.data.channelData?.intake : undefined;
    if (!intake) continue;
    if (intake.recordId) submitted = true;
    if (intake.step && intake.field && intake.input) question = { ...intake, field: intake.field, input: intake.input };
  }
  return { ...(question ? { question } : {}), submitted };
}

/** Choice codes a person finishing an intake would not pick: they leave, switch language, or open another path. */
const avoidedCodes = new Set(['not-now', 'language', 'under-18', 'other', 'prefer-not', 'none-of-these', 'my-child']);
/** Fields whose answer decides whether the intake goes on at all. */
const requiredCodes: Record<string, string> = { consent: 'yes', review: 'submit' };

const typedAnswers: Record<string, readonly string[]> = {
  firstName: ['Alex', 'Sam', 'Jordan', 'María', 'Chris'],
  preferredName: ['Al', 'Sammy', 'Jo'],
  lastName: ['Rivera', 'Nguyen', 'Smith', 'Okafor'],
  reasonsOwnWords: ['mostly anxiety and some trouble sleeping', 'work has been a lot lately', 'a breakup last month'],
  goalsOwnWords: ['feel calmer day to day', 'sleep better and worry less', 'get along better with my family'],
  therapistNotes: ['someone patient please', 'evenings suit me best'],
};
const freeText = ['I would rather talk about it on the call', 'nothing else for now, thanks'];

/** A small seeded generator, so a run with the same seed sends the same answers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

function chooseOne(question: ReadReplies['question'] & object, random: () => number) {
  const choices = question.choices ?? [];
  const required = requiredCodes[question.field];
  const wanted = required ? choices.find((c) => c.value === required) : undefined;
  if (wanted) return wanted;
  // A "did you mean" confirmation or any other choice: a likely option, never the way back out, when there is one.
  const sensible = choices.filter((c) => !avoidedCodes.has(c.value));
  const pool = sensible.length > 0 ? sensible : choices;
  // Screening items and safety questions: the calm answers (a crisis branch is not what a load test measures).
  if (question.input === 'scale') return pick(pool.slice(0, 2), random);
  if (question.input === 'yesNo') {
    const calm = question.step === 'safety' ? 'no' : 'yes';
    return pool.find((c) => c.value === calm) ?? pick(pool, random);
  }
  return pick(pool, random);
}

/**
 * The answer to a question: taps (a button's title, or a card) and typing (the option in lower case, or the
 * person's own words), mixed by `random`. `attempt` counts how often this same field was asked in a row; a
 * repeated question is answered by tapping, as a person would after a typed answer was not understood.
 */
export function answerFor(
  question: ReadReplies['question'] & object,
  random: () => number,
  clientNumber: number,
  attempt = 0,
): Answer {
  const taps = attempt > 0 || random() < 0.5;
  switch (question.input) {
    case 'multiChoice': {
      const pool = (question.choices ?? []).filter((c) => !avoidedCodes.has(c.value));
      const chosen = pool.filter(() => random() < 0.4);
      const answer = chosen.length > 0 ? chosen : pool.slice(0, 1);
      if (taps || answer.length === 0) return { value: { field: question.field, answer: answer.map((c) => c.value) } };
      return { text: answer.map((c) => c.title.toLowerCase()).join(', ') };
    }
    case 'choice':
    case 'yesNo':
    case 'scale': {
      const choice = chooseOne(question, random);
      if (!choice) return { text: 'yes' };
      return { text: taps ? choice.title : choice.title.toLowerCase() };
    }
    case 'email':
      return { text: `person${clientNumber}@example.com` };
    case 'phone':
      return { text: `617 555 ${String(1000 + (clientNumber % 9000)).padStart(4, '0')}` };
    default: {
      const answers = typedAnswers[question.field] ?? freeText;
      return { text: pick(answers, random) };
    }
  }
}
