// Record ids and the short reference code a person is shown (no look-alike characters, easy to read aloud).
import { randomInt, randomUUID } from 'node:crypto';

const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const pick = (n: number) => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');

export const newRecordId = () => randomUUID();
/** e.g. `K7F-29Q`. */
export const newReference = () => `${pick(3)}-${pick(3)}`;
