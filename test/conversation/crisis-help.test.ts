// Crisis help from a message and a locale alone, as a turn whose conversation could not be loaded or saved shows it.
import { describe, expect, it } from 'vitest';
import { crisisHelpFor } from '../../src/conversation/crisis-help.js';
import { Conversation, defaultRuntime } from '../helpers/conversation.js';

describe('crisis help without a conversation', () => {
  it("is what a new conversation in that locale would show, with the country's numbers", () => {
    const text = 'I took all my pills ten minutes ago';
    const conversation = new Conversation(defaultRuntime, 'en-US');
    conversation.say(text);
    const help = crisisHelpFor(defaultRuntime, text, 'en-US');
    expect(help).toEqual(conversation.messages.find((m) => m.intake?.crisis));
    expect(help?.intake?.crisis).toMatchObject({ kind: 'medical', level: 'emergency' });
    expect(help?.text).toMatch(/1-800-222-1222/);
  });

  it("speaks the locale's language where the practice does, with that country's lines", () => {
    const help = crisisHelpFor(defaultRuntime, 'he pensado en suicidarme', 'es-ES');
    expect(help?.text).toMatch(/\b024\b/);
    expect(help?.text).toMatch(/\b112\b/);
    expect(help?.text).toMatch(/Gracias/);
  });

  it('is nothing for a message without risk, or no message at all', () => {
    expect(crisisHelpFor(defaultRuntime, 'I would like some help with stress at work', 'en-US')).toBeUndefined();
    expect(crisisHelpFor(defaultRuntime, undefined, 'en-US')).toBeUndefined();
  });
});
