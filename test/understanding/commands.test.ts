// Global commands: only the whole message, ignoring case, accents and punctuation; sentences that contain the words are answers.
import { describe, expect, it } from 'vitest';
import { type Command, matchCommand } from '../../src/understanding/index.js';

const both = ['en', 'es'] as const;

const commands: [text: string, expected: Command][] = [
  ['help', { type: 'help' }],
  ['HELP!', { type: 'help' }],
  ['help please', { type: 'help' }],
  ['What can I do?', { type: 'help' }],
  ['ayuda', { type: 'help' }],
  ['¿Qué puedo hacer?', { type: 'help' }],
  ['back', { type: 'back' }],
  ['go back', { type: 'back' }],
  ['atrás', { type: 'back' }],
  ['atras', { type: 'back' }],
  ['volver', { type: 'back' }],
  ['restart', { type: 'restart' }],
  ['Start over', { type: 'restart' }],
  ['empezar de nuevo', { type: 'restart' }],
  ['reiniciar', { type: 'restart' }],
  ['volver a empezar', { type: 'restart' }],
  ['stop', { type: 'stop' }],
  ['Stop.', { type: 'stop' }],
  ['not now', { type: 'stop' }],
  ['later', { type: 'stop' }],
  ['pause', { type: 'stop' }],
  ['ahora no', { type: 'stop' }],
  ['parar', { type: 'stop' }],
  ['detener', { type: 'stop' }],
  ['más tarde', { type: 'stop' }],
  ['mas tarde', { type: 'stop' }],
  ['language', { type: 'language' }],
  ['idioma', { type: 'language' }],
  ['lenguaje', { type: 'language' }],
  ['english', { type: 'language', locale: 'en' }],
  ['English', { type: 'language', locale: 'en' }],
  ['in english', { type: 'language', locale: 'en' }],
  ['inglés', { type: 'language', locale: 'en' }],
  ['español', { type: 'language', locale: 'es' }],
  ['ESPAÑOL', { type: 'language', locale: 'es' }],
  ['espanol', { type: 'language', locale: 'es' }],
  ['spanish', { type: 'language', locale: 'es' }],
  ['en español', { type: 'language', locale: 'es' }],
  ['talk to a person', { type: 'human' }],
  ['speak to someone', { type: 'human' }],
  ['human', { type: 'human' }],
  ['real person', { type: 'human' }],
  ['I want to talk to a person', { type: 'human' }],
  ['hablar con una persona', { type: 'human' }],
  ['con alguien', { type: 'human' }],
  ['delete my answers', { type: 'delete' }],
  ['erase my data', { type: 'delete' }],
  ['borrar mis respuestas', { type: 'delete' }],
  ['borrar mis datos', { type: 'delete' }],
  ['  Delete   my answers!!  ', { type: 'delete' }],
];

const notCommands = [
  'I want to stop drinking',
  'no',
  'yes',
  'help me with my anxiety',
  'I need help with my marriage',
  'I stopped going to therapy',
  'my anxiety stops me from going back to work',
  'quiero dejar de beber',
  'necesito ayuda con mi ansiedad',
  'stop stop stop I hate this job',
  '',
  '   ',
  '!!!',
  'anxiety',
  'back pain',
  'delete',
  'x'.repeat(100_000),
  'help'.repeat(1000),
];

describe('matchCommand', () => {
  it.each(commands)('%j → %j', (text, expected) => {
    expect(matchCommand(text, both)).toEqual(expected);
  });

  it.each(notCommands.map((text) => [text.slice(0, 60), text]))('%j is not a command', (_label, text) => {
    expect(matchCommand(text, both)).toBeUndefined();
  });

  it('only knows the words of the languages it is given', () => {
    expect(matchCommand('ayuda', ['en'])).toBeUndefined();
    expect(matchCommand('help', ['es'])).toBeUndefined();
    expect(matchCommand('ayuda', ['es'])).toEqual({ type: 'help' });
  });

  it('asks for a language only when it is supported', () => {
    expect(matchCommand('spanish', ['en'])).toEqual({ type: 'language' });
    expect(matchCommand('spanish', ['en', 'es'])).toEqual({ type: 'language', locale: 'es' });
  });

  it('never throws on odd input', () => {
    expect(matchCommand('\u200fhelp\u200b', both)).toEqual({ type: 'help' });
    expect(matchCommand('ＨＥＬＰ', both)).toEqual({ type: 'help' });
    expect(matchCommand(undefined as unknown as string, both)).toBeUndefined();
    expect(matchCommand('help', undefined as unknown as string[])).toEqual({ type: 'help' });
  });
});
