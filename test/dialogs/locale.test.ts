// A locale's language and region, read the same way by the machine, the turn, the record and the widget.
import { describe, expect, it } from 'vitest';
import { languageOf, regionOf } from '../../dialogs/locale.js';

describe('languageOf and regionOf', () => {
  it.each([
    ['es-MX', 'es', 'MX'],
    ['EN-us', 'en', 'US'],
    ['en', 'en', undefined],
    ['es-419', 'es', undefined],
    ['zh-Hant-TW', 'zh', undefined],
    ['', '', undefined],
  ])('%j has language %j and region %j', (locale, language, region) => {
    expect(languageOf(locale)).toBe(language);
    expect(regionOf(locale)).toBe(region);
  });
});
