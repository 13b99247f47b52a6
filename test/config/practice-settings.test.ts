// The practice's settings file: the shipped example is complete and valid, and a bad copy stops the start naming the setting.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ConfigError,
  defaultPracticeConfigPath,
  loadPracticeSettings,
  parsePracticeSettings,
} from '../../src/config.js';

type Json = Record<string, unknown>;
const example = JSON.parse(readFileSync(defaultPracticeConfigPath, 'utf8')) as Json;

/** A fresh copy of the shipped settings with one setting (a dotted path) changed, or removed when `value` is undefined. */
function copyWith(path: string, value: unknown): Json {
  const settings = structuredClone(example);
  const keys = path.split('.');
  const last = keys.pop() as string;
  let parent: Record<string, unknown> = settings;
  for (const key of keys) parent = parent[key] as Record<string, unknown>;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return settings;
}

function failure(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected the settings to be rejected');
}

const scratch = mkdtempSync(join(tmpdir(), 'practice-settings-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the shipped practice settings', () => {
  it('are the default and load as they are', () => {
    expect(defaultPracticeConfigPath).toMatch(/config[/\\]practice\.example\.json$/);
    const settings = loadPracticeSettings(defaultPracticeConfigPath);
    expect(settings.name).toBe('Harbor Light Counseling');
    expect(settings.timeZone).toBe('America/New_York');
    expect(settings.defaultLanguage).toBe('en');
    expect(settings.languages).toEqual(['en', 'es']);
    expect(settings.screeningInstrument).toBe('asq');
    expect(settings.officeHours[0]).toEqual({
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      open: '09:00',
      close: '17:00',
    });
  });

  it('fill in the defaults a practice may leave out (regions, carrier aliases, alert recipients)', () => {
    const settings = parsePracticeSettings({
      ...example,
      serviceAreas: [{ country: 'US' }],
      acceptedCarriers: [{ name: 'Aetna' }],
      alerts: {},
    });
    expect(settings.serviceAreas).toEqual([{ country: 'US', regions: [] }]);
    expect(settings.acceptedCarriers).toEqual([{ name: 'Aetna', aliases: [] }]);
    expect(settings.alerts).toEqual({ emailTo: [] });
    expect(parsePracticeSettings({ ...example, alerts: undefined }).alerts).toBeUndefined();
  });
});

describe('a practice settings file with a mistake stops the start, naming the setting', () => {
  it.each<[string, string, unknown]>([
    ['an email that is not one', 'email', 'nope'],
    ['an unknown time zone', 'timeZone', 'Mars/Base'],
    ['an office hour past midnight', 'officeHours.0.open', '25:00'],
    ['a weekday that is not one', 'officeHours.0.days.0', 'monday'],
    ['no name', 'name', undefined],
    ['an empty name', 'name', ''],
    ['a website that is not a URL', 'website', 'harborlight'],
    ['a lower-case country code', 'defaultCountry', 'us'],
    ['a language the product does not speak', 'languages.1', 'fr'],
    ['an unknown screening instrument', 'screeningInstrument', 'phq-a'],
    ['a colour that is not #rrggbb', 'widget.primaryColor', 'teal'],
    ['an on-call email that is not one', 'onCall.email', 'on call'],
    ['an alert email recipient that is not one', 'alerts.emailTo.0', 'clinical lead'],
    ['no service area', 'serviceAreas', []],
    ['a negative minimum age', 'minimumAge', -1],
    ['measures on/off that is not a boolean', 'measuresEnabled', 'yes'],
  ])('%s (%s)', (_, path, value) => {
    const { message } = failure(() => parsePracticeSettings(copyWith(path, value)));
    expect(message).toContain('The practice settings is not valid');
    expect(message).toMatch(new RegExp(`^\\s+${path.replaceAll('.', '\\.')}: `, 'm'));
  });

  it('says what is expected of a time zone and of an office hour', () => {
    expect(failure(() => parsePracticeSettings(copyWith('timeZone', 'Mars/Base'))).message).toContain(
      'unknown IANA time zone',
    );
    expect(failure(() => parsePracticeSettings(copyWith('officeHours.0.open', '25:00'))).message).toContain(
      'use HH:MM (24-hour)',
    );
  });

  it('a default language that is not among the languages', () => {
    const { message } = failure(() => parsePracticeSettings({ ...example, defaultLanguage: 'es', languages: ['en'] }));
    expect(message).toMatch(/^\s+defaultLanguage: must be one of languages/m);
  });

  it('names the file it read', () => {
    const path = join(scratch, 'bad-email.json');
    writeFileSync(path, JSON.stringify(copyWith('email', 'nope')));
    const { message } = failure(() => loadPracticeSettings(path));
    expect(message).toContain(`The practice settings file ${path} is not valid`);
    expect(message).toMatch(/^\s+email: /m);
  });

  it('a copy saved unchanged in another folder loads', () => {
    const path = join(scratch, 'copy.json');
    writeFileSync(path, JSON.stringify(example, null, 2));
    expect(loadPracticeSettings(path).name).toBe('Harbor Light Counseling');
  });
});

describe('a practice settings file that cannot be used at all', () => {
  it('is missing: says which path cannot be read', () => {
    const path = join(scratch, 'does-not-exist.json');
    const error = failure(() => loadPracticeSettings(path));
    expect(error.message).toBe(`The practice settings file ${path} cannot be read.`);
  });

  it('is not JSON: says so, with the path', () => {
    const path = join(scratch, 'broken.json');
    writeFileSync(path, '{ "name": "Harbor Light Counseling", ');
    const error = failure(() => loadPracticeSettings(path));
    expect(error.message).toBe(`The practice settings file ${path} is not valid JSON.`);
  });

  it('is JSON but not an object', () => {
    const path = join(scratch, 'array.json');
    writeFileSync(path, '[]');
    expect(failure(() => loadPracticeSettings(path)).message).toContain('(root)');
  });
});
