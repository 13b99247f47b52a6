// A locale's language and region (`es-MX`: `es`, `MX`), read one way everywhere; subtags are case-insensitive.

/** The language subtag, lower case (`''` for an empty locale, so each caller chooses its own default). */
export const languageOf = (locale: string): string => locale.split('-')[0]?.toLowerCase() ?? '';

/** The region subtag, upper case, when the locale has a two-letter one (`es-419` or `zh-Hant` have none). */
export function regionOf(locale: string): string | undefined {
  const region = locale.split('-')[1]?.toUpperCase();
  return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
}
