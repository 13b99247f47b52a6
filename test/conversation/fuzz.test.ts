// Whatever arrives — odd Unicode, control characters, huge or empty text, forged values — a turn answers and never throws.
import { describe, expect, it } from 'vitest';
import { intakeRecordSchema } from '../../src/record/schema.js';
import { Conversation } from '../helpers/conversation.js';
import { seeded } from '../helpers/machine.js';

const alphabet = [
  ...'abcxyz ÁéíñüçßøЖж中文日本語😀🔪💊🪦\u0000\u0007\u200b\u200e\u202e\ufeff\ud800\t\n\r,.;:!?-+@#/\\"\'{}[]0123456789',
];

describe('fuzzed turns', () => {
  it('answer every input with a question or a notice, and keep a valid record', () => {
    const random = seeded(7);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    for (let conversationIndex = 0; conversationIndex < 12; conversationIndex++) {
      const c = new Conversation(undefined, pick(['en-US', 'es-ES', 'xx', 'en-ZZ', '']));
      for (let turn = 0; turn < 40; turn++) {
        const roll = random();
        if (roll < 0.15) c.tap(pick<unknown>([null, 42, [], {}, { answer: 'x' }, 'yes', ['a', 'b'], 'skip', true]));
        else {
          const length = roll < 0.2 ? 20_000 : Math.floor(random() * 40);
          c.say(Array.from({ length }, () => pick(alphabet)).join(''));
        }
        expect(c.messages.length).toBeGreaterThan(0);
        expect(intakeRecordSchema.safeParse(c.record).success).toBe(true);
      }
    }
  });
});
