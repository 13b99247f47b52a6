// The environment and the practice settings, each parsed once with zod so a bad value stops the start with a clear message.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const defaultPracticeConfigPath = resolve(projectRoot, 'config/practice.example.json');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
/** `a@example.org, b@example.org` -> two checked addresses; a mistake is reported against the variable itself. */
const emailList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .refine((list) => list.length > 0, 'list at least one email address')
  .refine((list) => list.length <= 50, 'list at most 50 email addresses')
  .refine(
    (list) => list.every((address) => z.email().safeParse(address).success),
    'use email addresses separated by commas (one of them is not an email address)',
  );

/** 32 bytes in base64 (an AES-256 key); the message never repeats the value. */
const base64Key = z
  .string()
  .refine(
    (text) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(text.trim()) && Buffer.from(text.trim(), 'base64').length === 32,
    'use 32 random bytes in base64 (e.g. openssl rand -base64 32)',
  );

export const environmentSchema = z.object({
  NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(['development', 'test', 'production']).default('development')),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, 'must start with sqlite: or postgres://')
      .default('sqlite:./data/intake.db'),
  ),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  PRACTICE_CONFIG: z.preprocess(emptyAsUndefined, z.string().default(defaultPracticeConfigPath)),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.preprocess(
    emptyAsUndefined,
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  ),
  MicrosoftAppTenantId: optionalString,
  DIRECT_LINE_SECRET: optionalString,
  ALERT_WEBHOOK_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  ALERT_WEBHOOK_SECRET: optionalString,
  TEAMS_ALERT_CONVERSATION: optionalString,
  /** Email alerts go through this server: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://...:465. */
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^smtps?$/, error: 'use smtp://user:pass@host:587 or smtps://user:pass@host:465' }).optional(),
  ),
  /** Who gets crisis alerts by email, comma-separated (with the practice's `alerts.emailTo`). */
  ALERT_EMAIL_TO: z.preprocess(emptyAsUndefined, emailList.optional()),
  /** Express `trust proxy`: off unless a reverse proxy in front sets X-Forwarded-For (see trustProxySetting). */
  TRUST_PROXY: z.preprocess(emptyAsUndefined, z.string().max(1000).default('false')),
  /** Turns per conversation and per user: `BURST/PER_SECOND`, or `0` for no limit (e.g. a benchmark). */
  RATE_LIMIT_TURNS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(0|[1-9]\d{0,5}\/\d{1,5}(\.\d{1,3})?)$/, 'use BURST/PER_SECOND (e.g. 60/1), or 0 for no limit')
      .default('60/1')
      .transform(parseTurnBudget),
  ),
  /** Widget token and conversation requests per address per minute; `0` for no limit. */
  RATE_LIMIT_TOKENS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(100_000).default(30)),
  /** Dashboard sign-in attempts (password, code, setup link) per address per 15 minutes; `0` for no limit. */
  RATE_LIMIT_SIGN_IN: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(100_000).default(30)),
  /** `local`: the built-in Direct Line serves the widget; `azure`: Azure's, through DIRECT_LINE_SECRET. */
  DIRECT_LINE_MODE: z.preprocess(emptyAsUndefined, z.enum(['local', 'azure']).optional()),
  /** Keys the blind index that finds records by name (32+ characters); generated into ./data when unset. */
  SEARCH_INDEX_KEY: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, 'use at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  ),
  /** Signs the dashboard's CSRF tokens (32+ characters); generated into ./data when unset. */
  CSRF_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, 'use at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  ),
  /** Signs local Direct Line tokens; required in production local mode (generated into ./data for local use). */
  DIRECT_LINE_LOCAL_KEY: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, 'use at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  ),
  /** Encrypts conversations, records, replies and notes at rest: 32 random bytes in base64 (AES-256-GCM). */
  RECORD_ENCRYPTION_KEY: z.preprocess(emptyAsUndefined, base64Key.optional()),
  /** Keys used before the current one, comma-separated: still read, never written (see `intake -- rotate-key`). */
  RECORD_ENCRYPTION_OLD_KEYS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine(
        (list) =>
          list
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
            .every((part) => base64Key.safeParse(part).success),
        'list keys of 32 bytes in base64, separated by commas',
      )
      .optional(),
  ),
  /** `true` lets production run without RECORD_ENCRYPTION_KEY (e.g. on an encrypted volume): said explicitly. */
  ALLOW_PLAINTEXT_STORAGE: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('false')),
  /** Bearer token for GET /metrics (Prometheus); without it /metrics answers 404. */
  METRICS_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, 'use at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  ),
});
export type Environment = z.infer<typeof environmentSchema>;

/** A turn budget: up to `burst` turns at once, `perSecond` on average; `undefined` when turned off. */
export interface TurnBudgetSetting {
  burst: number;
  perSecond: number;
}

function parseTurnBudget(value: string): TurnBudgetSetting | undefined {
  if (value === '0') return undefined;
  const [burst, perSecond] = value.split('/').map(Number) as [number, number];
  return perSecond > 0 ? { burst, perSecond } : undefined;
}

/** Express's `trust proxy` value from TRUST_PROXY: false/true, a hop count, or addresses and subnets. */
export function trustProxySetting(value: string): boolean | number | string[] {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === '' || trimmed === 'false' || trimmed === '0') return false;
  if (trimmed === 'true') return true;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Where the service keeps its own files (crisis fallback, generated keys): next to the SQLite file, else ./data,
 * which a deployment keeps on disk.
 */
export function dataDirectory(databaseUrl: string): string {
  const sqlite = /^sqlite:(.+)$/.exec(databaseUrl)?.[1];
  return sqlite && sqlite !== ':memory:' ? dirname(sqlite) : 'data';
}

/** Which Direct Line the widget talks to: Azure's when a secret is configured, else the built-in one. */
export const directLineMode = (env: Environment): 'local' | 'azure' =>
  env.DIRECT_LINE_MODE ?? (env.DIRECT_LINE_SECRET ? 'azure' : 'local');

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM (24-hour)');
const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'use a two-letter ISO country code');
const supportedLanguage = z.enum(['en', 'es']);
/** Optional per-language override of a product text the practice wants to word itself. */
const localizedText = z.partialRecord(supportedLanguage, z.string().min(1).max(2000));

export const practiceSettingsSchema = z.object({
  name: z.string().min(1),
  phone: z.string().min(3),
  email: z.email(),
  website: z.url(),
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'unknown IANA time zone'),
  officeHours: z.array(z.object({ days: z.array(weekday).min(1), open: timeOfDay, close: timeOfDay })).min(1),
  defaultCountry: countryCode,
  defaultLanguage: supportedLanguage,
  languages: z.array(supportedLanguage).min(1),
  /** Languages the practice's therapists speak (ISO 639-1), offered at `therapistLanguage`. */
  therapistLanguages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
  serviceAreas: z
    .array(
      z.object({
        country: countryCode,
        /** Regions the practice is licensed in; empty means the whole country and no region question. */
        regions: z.array(z.object({ code: z.string().min(1), name: z.string().min(1) })).default([]),
      }),
    )
    .min(1),
  outOfAreaMayContinue: z.boolean(),
  minimumAge: z.number().int().min(0).max(120),
  guardianConsentMessage: localizedText.optional(),
  acceptedCarriers: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) })),
  measuresEnabled: z.boolean(),
  screeningInstrument: z.enum(['asq', 'c-ssrs-screener']),
  urgentFollowUpBusinessDays: z.number().int().min(0).max(10),
  onCall: z.object({ name: z.string().min(1), phone: z.string().min(3), email: z.email().optional() }),
  escalationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** Who gets crisis alerts by email (with ALERT_EMAIL_TO); escalations go to `onCall.email`. */
  alerts: z.object({ emailTo: z.array(z.email()).max(50).default([]) }).optional(),
  widget: z.object({
    primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a #rrggbb colour'),
    avatarUrl: z.string().optional(),
    /** Sites that may embed the chat (CSP frame-ancestors); the server's own origin is always allowed. */
    allowedOrigins: z
      .array(
        z.string().regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, 'use an origin such as https://www.example.org'),
      )
      .max(50)
      .default([]),
  }),
  /** Microsoft Teams: the tenants whose staff may sign in to the queue tab with Teams single sign-on. */
  teams: z
    .object({
      tenantIds: z
        .array(
          z.string().regex(/^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/, 'use an Entra tenant id (a GUID)'),
        )
        .max(50)
        .default([]),
    })
    .optional(),
  abandonAfterHours: z.number().int().min(1),
  /** Abandoned intakes the practice closed are purged this many days after their last change. */
  abandonedRetentionDays: z.number().int().min(1).default(30),
  /** Staff sessions on the dashboard: at most 15 minutes idle and 12 hours in all; a practice may shorten both. */
  staffSessions: z
    .object({
      idleMinutes: z.number().int().min(1).max(15).default(15),
      absoluteHours: z.number().int().min(1).max(12).default(12),
    })
    .default({ idleMinutes: 15, absoluteHours: 12 }),
});
export type PracticeSettings = z.infer<typeof practiceSettingsSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function describeIssues(source: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return `${source} is not valid:\n${lines.join('\n')}`;
}

export const hasBotCredentials = (env: Environment) =>
  Boolean(env.MicrosoftAppId && (env.MicrosoftAppPassword || env.MicrosoftAppType === 'UserAssignedMSI'));

/** Settings that are each valid but do not fit together; production never runs with an open front door. */
function checkCombination(env: Environment): string[] {
  const problems: string[] = [];
  const mode = directLineMode(env);
  if (mode === 'azure' && !env.DIRECT_LINE_SECRET) problems.push('DIRECT_LINE_MODE: azure needs DIRECT_LINE_SECRET');
  if (env.NODE_ENV === 'production') {
    if (mode === 'local' && !env.DIRECT_LINE_LOCAL_KEY) {
      problems.push('DIRECT_LINE_LOCAL_KEY: required in production when the built-in Direct Line serves the widget');
    }
    if (!env.RECORD_ENCRYPTION_KEY && env.ALLOW_PLAINTEXT_STORAGE !== 'true') {
      problems.push(
        'RECORD_ENCRYPTION_KEY: production stores health data encrypted; set a key (openssl rand -base64 32), or ' +
          'ALLOW_PLAINTEXT_STORAGE=true to store it unencrypted on purpose',
      );
    }
    if (!hasBotCredentials(env) && mode !== 'local') {
      problems.push(
        'MicrosoftAppId: production needs bot credentials (MicrosoftAppId and MicrosoftAppPassword, or ' +
          'MicrosoftAppType=UserAssignedMSI), or DIRECT_LINE_MODE=local with DIRECT_LINE_LOCAL_KEY',
      );
    }
  }
  return problems;
}

export function parseEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeIssues('The environment', parsed.error));
  const problems = checkCombination(parsed.data);
  if (problems.length > 0) {
    throw new ConfigError(`The environment is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return parsed.data;
}

export function parsePracticeSettings(raw: unknown, source = 'The practice settings'): PracticeSettings {
  const parsed = practiceSettingsSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describeIssues(source, parsed.error));
  const settings = parsed.data;
  if (!settings.languages.includes(settings.defaultLanguage)) {
    throw new ConfigError(`${source} is not valid:\n  defaultLanguage: must be one of languages`);
  }
  return settings;
}

export function loadPracticeSettings(path: string): PracticeSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read';
    throw new ConfigError(`The practice settings file ${path} ${reason}.`);
  }
  return parsePracticeSettings(raw, `The practice settings file ${path}`);
}

let cachedEnvironment: Environment | undefined;
/** The process environment, parsed on first use and then kept. */
export function environment(): Environment {
  cachedEnvironment ??= parseEnvironment();
  return cachedEnvironment;
}
