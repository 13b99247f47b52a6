// Encryption at rest of the stored values that hold what people wrote (snapshots, records, replies, notes, outbox
// payloads): AES-256-GCM from node:crypto, each value tagged with the id of the key that sealed it, so older keys stay
// readable during a rotation and a plaintext store (no key) can be encrypted later without a migration.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const prefix = 'enc:v1:';
/** `enc:v1:<key id>:<base64url of iv | tag | ciphertext>`; a JSON document or note never looks like this by accident. */
const sealedPattern = /^enc:v1:([0-9a-f]{8}):([A-Za-z0-9_-]+)$/;
const ivBytes = 12;
const tagBytes = 16;

export class EncryptionKeyError extends Error {
  override name = 'EncryptionKeyError';
}

/** The first 8 hex characters of the key's SHA-256: names a key without revealing it. */
export const keyIdOf = (key: Uint8Array): string => createHash('sha256').update(key).digest('hex').slice(0, 8);

/** A 32-byte key from its base64 (or base64url) text; the message never repeats the value. */
export function decodeKey(text: string, name: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) {
    throw new EncryptionKeyError(`${name}: use 32 random bytes in base64 (e.g. openssl rand -base64 32)`);
  }
  return key;
}

export const isSealed = (value: string): boolean => value.startsWith(prefix);

/**
 * Seals and opens stored text. `context` names the column (`records.data`), bound into the tag as associated data, so
 * a value copied into another column does not open there.
 */
export class ValueCipher {
  private readonly keys = new Map<string, Buffer>();
  /** The id values are sealed under, or undefined when values are stored as they are (no key configured). */
  readonly currentKeyId: string | undefined;

  constructor(current: Buffer | undefined, older: readonly Buffer[] = []) {
    for (const key of older) this.keys.set(keyIdOf(key), key);
    if (current) {
      this.currentKeyId = keyIdOf(current);
      this.keys.set(this.currentKeyId, current);
    }
  }

  get encrypts(): boolean {
    return this.currentKeyId !== undefined;
  }

  seal(plaintext: string, context: string): string {
    const keyId = this.currentKeyId;
    if (keyId === undefined) return plaintext;
    const key = this.keys.get(keyId) as Buffer;
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${prefix}${keyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The plaintext of a stored value; a value stored before encryption was turned on is returned as it is. */
  open(stored: string, context: string): string {
    const match = sealedPattern.exec(stored);
    if (!match) return stored;
    const [, keyId = '', packed = ''] = match;
    const key = this.keys.get(keyId);
    if (!key) {
      throw new EncryptionKeyError(
        `a stored value is sealed with key ${keyId}, which is neither RECORD_ENCRYPTION_KEY nor in RECORD_ENCRYPTION_OLD_KEYS`,
      );
    }
    const bytes = Buffer.from(packed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, ivBytes));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes));
    try {
      return Buffer.concat([decipher.update(bytes.subarray(ivBytes + tagBytes)), decipher.final()]).toString('utf8');
    } catch {
      throw new EncryptionKeyError(`a stored value sealed with key ${keyId} does not open (altered or misplaced)`);
    }
  }

  /** Whether a stored value is already sealed under the current key (rotation skips it), or stored as-is with no key. */
  isCurrent(stored: string): boolean {
    const match = sealedPattern.exec(stored);
    return this.currentKeyId === undefined ? match === null : match?.[1] === this.currentKeyId;
  }
}

/** Stores values as they are: local development, and tests that read rows directly. */
export const plaintextCipher = new ValueCipher(undefined);

/** The cipher from RECORD_ENCRYPTION_KEY (current) and RECORD_ENCRYPTION_OLD_KEYS (comma-separated, read only). */
export function cipherFromKeys(current: string | undefined, older: string | undefined): ValueCipher {
  const oldKeys = (older ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((text, index) => decodeKey(text, `RECORD_ENCRYPTION_OLD_KEYS[${index}]`));
  return new ValueCipher(current ? decodeKey(current, 'RECORD_ENCRYPTION_KEY') : undefined, oldKeys);
}
