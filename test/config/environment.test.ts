// The environment, parsed once at start: every key optional for local use, and a bad value stops the start naming the key.
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  defaultPracticeConfigPath,
  directLineMode,
  parseEnvironment,
  trustProxySetting,
} from '../../src/config.js';

/** Runs a parse that must fail and returns its error, so a test can read the message. */
function failure(env: NodeJS.ProcessEnv): ConfigError {
  try {
    parseEnvironment(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('the environment', () => {
  it('runs locally with nothing set: port 3978, the embedded SQLite store, development', () => {
    const env = parseEnvironment({});
    expect(env.PORT).toBe(3978);
    expect(env.DATABASE_URL).toBe('sqlite:./data/intake.db');
    expect(env.NODE_ENV).toBe('development');
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.PRACTICE_CONFIG).toBe(defaultPracticeConfigPath);
    expect(env.PUBLIC_URL).toBeUndefined();
    expect(env.MicrosoftAppId).toBeUndefined();
  });

  it('treats the empty values of a copied .env.example as unset', () => {
    const env = parseEnvironment({
      PORT: '',
      PUBLIC_URL: '',
      DATABASE_URL: '',
      NODE_ENV: '',
      LOG_LEVEL: '',
      PRACTICE_CONFIG: '',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppType: '',
      MicrosoftAppTenantId: '',
      DIRECT_LINE_SECRET: '',
      ALERT_WEBHOOK_URL: '',
      ALERT_WEBHOOK_SECRET: '',
      TEAMS_ALERT_CONVERSATION: '',
      SMTP_URL: '',
      ALERT_EMAIL_TO: '',
    });
    expect(env).toMatchObject({
      PORT: 3978,
      DATABASE_URL: 'sqlite:./data/intake.db',
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      PRACTICE_CONFIG: defaultPracticeConfigPath,
    });
    for (const key of [
      'PUBLIC_URL',
      'MicrosoftAppId',
      'MicrosoftAppPassword',
      'MicrosoftAppType',
      'MicrosoftAppTenantId',
      'DIRECT_LINE_SECRET',
      'ALERT_WEBHOOK_URL',
      'ALERT_WEBHOOK_SECRET',
      'TEAMS_ALERT_CONVERSATION',
      'SMTP_URL',
      'ALERT_EMAIL_TO',
    ] as const) {
      expect(env[key], key).toBeUndefined();
    }
  });

  it('takes the values an operator sets', () => {
    const env = parseEnvironment({
      PORT: '8080',
      DATABASE_URL: 'postgres://intake:secret@db.internal:5432/intake',
      NODE_ENV: 'production',
      RECORD_ENCRYPTION_KEY: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'https://intake.example.org',
      MicrosoftAppType: 'SingleTenant',
      PRACTICE_CONFIG: '/etc/intake/practice.json',
      DIRECT_LINE_LOCAL_KEY: 'k'.repeat(44),
      TRUST_PROXY: '1',
      RATE_LIMIT_TURNS: '120/2',
      RATE_LIMIT_TOKENS: '10',
      SMTP_URL: 'smtps://alerts%40example.org:p%40ss@smtp.example.org:465',
      ALERT_EMAIL_TO: ' lead@example.org,front-desk@example.org , ',
    });
    expect(env).toMatchObject({
      SMTP_URL: 'smtps://alerts%40example.org:p%40ss@smtp.example.org:465',
      ALERT_EMAIL_TO: ['lead@example.org', 'front-desk@example.org'],
      RATE_LIMIT_TURNS: { burst: 120, perSecond: 2 },
      RATE_LIMIT_TOKENS: 10,
      TRUST_PROXY: '1',
      PORT: 8080,
      DATABASE_URL: 'postgres://intake:secret@db.internal:5432/intake',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'https://intake.example.org',
      MicrosoftAppType: 'SingleTenant',
      PRACTICE_CONFIG: '/etc/intake/practice.json',
    });
  });

  it('has a turn budget a scripted whole intake fits in, and turns budgets off with 0', () => {
    expect(parseEnvironment({}).RATE_LIMIT_TURNS).toEqual({ burst: 60, perSecond: 1 });
    expect(parseEnvironment({}).RATE_LIMIT_TOKENS).toBe(30);
    expect(parseEnvironment({ RATE_LIMIT_TURNS: '0' }).RATE_LIMIT_TURNS).toBeUndefined();
    expect(parseEnvironment({ RATE_LIMIT_TOKENS: '0' }).RATE_LIMIT_TOKENS).toBe(0);
  });

  it('reads TRUST_PROXY as Express does: off, on, a hop count, or addresses', () => {
    expect(trustProxySetting(parseEnvironment({}).TRUST_PROXY)).toBe(false);
    expect(trustProxySetting('true')).toBe(true);
    expect(trustProxySetting('2')).toBe(2);
    expect(trustProxySetting('loopback, 10.0.0.0/8')).toEqual(['loopback', '10.0.0.0/8']);
  });

  it('refuses a production start with an open front door or without a token key', () => {
    expect(failure({ NODE_ENV: 'production' }).message).toMatch(/DIRECT_LINE_LOCAL_KEY/);
    expect(failure({ NODE_ENV: 'production', DIRECT_LINE_SECRET: 's' }).message).toMatch(/MicrosoftAppId/);
    expect(failure({ DIRECT_LINE_MODE: 'azure' }).message).toMatch(/DIRECT_LINE_SECRET/);
    expect(failure({ DIRECT_LINE_LOCAL_KEY: 'short' }).message).toMatch(/^\s+DIRECT_LINE_LOCAL_KEY: /m);
    const selfHosted = parseEnvironment({
      NODE_ENV: 'production',
      DIRECT_LINE_LOCAL_KEY: 'k'.repeat(40),
      ALLOW_PLAINTEXT_STORAGE: 'true',
    });
    expect(directLineMode(selfHosted)).toBe('local');
  });

  it('refuses production without an encryption key unless plaintext storage is allowed explicitly', () => {
    const selfHosted = { NODE_ENV: 'production', DIRECT_LINE_LOCAL_KEY: 'k'.repeat(40) };
    expect(failure(selfHosted).message).toMatch(/^\s+RECORD_ENCRYPTION_KEY: .*ALLOW_PLAINTEXT_STORAGE=true/m);
    expect(parseEnvironment({ ...selfHosted, ALLOW_PLAINTEXT_STORAGE: 'true' }).RECORD_ENCRYPTION_KEY).toBeUndefined();
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(parseEnvironment({ ...selfHosted, RECORD_ENCRYPTION_KEY: key }).RECORD_ENCRYPTION_KEY).toBe(key);
    // Outside production nothing is required: local use runs with no key.
    expect(parseEnvironment({}).ALLOW_PLAINTEXT_STORAGE).toBe('false');
  });

  it('takes a 32-byte base64 encryption key and older keys, and names a bad one without repeating it', () => {
    const [a, b] = [Buffer.alloc(32, 2).toString('base64'), Buffer.alloc(32, 3).toString('base64url')];
    expect(parseEnvironment({ RECORD_ENCRYPTION_OLD_KEYS: `${a}, ${b}` }).RECORD_ENCRYPTION_OLD_KEYS).toBe(
      `${a}, ${b}`,
    );
    const short = failure({ RECORD_ENCRYPTION_KEY: 'c2hvcnQta2V5LXNlY3JldA==' });
    expect(short.message).toMatch(/^\s+RECORD_ENCRYPTION_KEY: use 32 random bytes/m);
    expect(short.message).not.toContain('c2hvcnQta2V5LXNlY3JldA');
    expect(failure({ RECORD_ENCRYPTION_OLD_KEYS: `${a},nope` }).message).toMatch(/^\s+RECORD_ENCRYPTION_OLD_KEYS: /m);
    expect(failure({ METRICS_TOKEN: 'short' }).message).toMatch(/^\s+METRICS_TOKEN: /m);
  });

  it('accepts SQLite at a relative or absolute path and postgresql:// URLs', () => {
    for (const url of ['sqlite:./data/other.db', 'sqlite:/var/lib/intake/intake.db', 'postgresql://u@h/db']) {
      expect(parseEnvironment({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });

  it('ignores unrelated variables of the process', () => {
    const env = parseEnvironment({ HOME: '/home/someone', PATH: '/usr/bin' });
    expect(env).not.toHaveProperty('HOME');
    expect(env).not.toHaveProperty('PATH');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
    ['PUBLIC_URL', 'not a url'],
    ['ALERT_WEBHOOK_URL', 'hooks.example.org'],
    ['SMTP_URL', 'https://mail.example.org'],
    ['SMTP_URL', 'mail.example.org:587'],
    ['ALERT_EMAIL_TO', 'lead@example.org, front desk'],
    ['ALERT_EMAIL_TO', ' , '],
    ['MicrosoftAppType', 'AnyTenant'],
    ['RATE_LIMIT_TURNS', 'fast'],
    ['RATE_LIMIT_TURNS', '60'],
    ['RATE_LIMIT_TOKENS', '-1'],
    ['DIRECT_LINE_MODE', 'cloud'],
  ])('stops the start on %s=%s with a message naming the variable', (key, value) => {
    const error = failure({ [key]: value });
    expect(error.name).toBe('ConfigError');
    expect(error.message).toContain('The environment is not valid');
    expect(error.message).toMatch(new RegExp(`^\\s+${key}: `, 'm'));
  });

  it('says what an SMTP URL must look like, and never repeats it (it holds a password)', () => {
    const { message } = failure({ SMTP_URL: 'http://user:hunter2@mail.example.org' });
    expect(message).toContain('use smtp://user:pass@host:587 or smtps://user:pass@host:465');
    expect(message).not.toContain('hunter2');
  });

  it('says what a database URL must look like', () => {
    expect(failure({ DATABASE_URL: 'mysql://x' }).message).toContain('must start with sqlite: or postgres://');
  });

  it('names every bad variable at once, not only the first', () => {
    const { message } = failure({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(message).toMatch(/^\s+PORT: /m);
    expect(message).toMatch(/^\s+DATABASE_URL: /m);
    expect(message).toMatch(/^\s+LOG_LEVEL: /m);
  });
});
