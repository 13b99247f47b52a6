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
/** A fresh copy of the shipped settings, changed the way a practice might get it wrong. */
const copyWith = (change: (settings: Json & Record<string, any>) => void): Json => {
  const settings = structuredClone(example);
  change(settings);
  return settings;
};

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
    expect(settings.officeHours[0]).toEqual({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' });
  });

  it('fill in the defaults a practice may leave out (regions, carrier aliases)', () => {
    const settings = parsePracticeSettings(
      copyWith((s) => {
        s.serviceAreas = [{ country: 'US' }];
        s.acceptedCarriers = [{ name: 'Aetna' }];
      }),
    );
    expect(settings.serviceAreas).toEqual([{ country: 'US', regions: [] }]);
    expect(settings.acceptedCarriers).toEqual([{ name: 'Aetna', aliases: [] }]);
  });
});

describe('a practice settings file with a mistake stops the start, naming the setting', () => {
  it.each<[string, (s: Record<string, any>) => void, string]>([
    ['an email that is not one', (s) => (s.email = 'nope'), 'email'],
    ['an unknown time zone', (s) => (s.timeZone = 'Mars/Base'), 'timeZone'],
    ['an office hour past midnight', (s) => (s.officeHours[0].open = '25:00'), 'officeHours.0.open'],
    ['a weekday that is not one', (s) => (s.officeHours[0].days = ['monday']), 'officeHours.0.days.0'],
    ['no name', (s) => delete s.name, 'name'],
    ['a website that is not a URL', (s) => (s.website = 'harborlight'), 'website'],
    ['a lower-case country code', (s) => (s.defaultCountry = 'us'), 'defaultCountry'],
    ['a language the product does not speak', (s) => (s.languages = ['en', 'fr']), 'languages.1'],
    ['an unknown screening instrument', (s) => (s.screeningInstrument = 'phq-a'), 'screeningInstrument'],
    ['a colour that is not #rrggbb', (s) => (s.widget.primaryColor = 'teal'), 'widget.primaryColor'],
    ['an on-call email that is not one', (s) => (s.onCall.email = 'on call'), 'onCall.email'],
    ['no service area', (s) => (s.serviceAreas = []), 'serviceAreas'],
    ['a negative minimum age', (s) => (s.minimumAge = -1), 'minimumAge'],
  ])('%s', (_, change, path) => {
    const { message } = failure(() => parsePracticeSettings(copyWith(change)));
    expect(message).toContain('The practice settings is not valid');
    expect(message).toMatch(new RegExp(`^\\s+${path.replaceAll('.', '\\.')}: `, 'm'));
  });

  it('says what is expected of a time zone and of an office hour', () => {
    expect(failure(() => parsePracticeSettings(copyWith((s) => (s.timeZone = 'Mars/Base')))).message).toContain(
      'unknown IANA time zone',
    );
    expect(
      failure(() => parsePracticeSettings(copyWith((s) => (s.officeHours[0].open = '25:00')))).message,
    ).toContain('use HH:MM (24-hour)');
  });

  it('a default language that is not among the languages', () => {
    const { message } = failure(() =>
      parsePracticeSettings(
        copyWith((s) => {
          s.defaultLanguage = 'es';
          s.languages = ['en'];
        }),
      ),
    );
    expect(message).toMatch(/^\s+defaultLanguage: must be one of languages/m);
  });

  it('names the file it read', () => {
    const path = join(scratch, 'bad-email.json');
    writeFileSync(path, JSON.stringify(copyWith((s) => (s.email = 'nope'))));
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
