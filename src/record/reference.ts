// Record ids and the short reference code a person is shown (no look-alike characters, easy to read aloud).
import { randomInt, randomUUID } from 'node:crypto';

const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const pick = (n: number) => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');

export const newRecordId = () => randomUUID();
/** e.g. `K7F-29Q`. */
export const newReference = () => `${pick(3)}-${pick(3)}`;
/** The secret part of a resume code, e.g. `M4T8RW`: the same alphabet, so the whole code reads aloud the same way. */
export const newResumeSecret = () => pick(6);
/** The characters a reference or a resume secret is made of. */
export const referenceAlphabet = alphabet;
