// A phone number from typed text, read with the person's country and stored as E.164; says what is missing when it cannot be.
import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { FieldDefinition } from '../../dialogs/types.js';
import { isBlank } from './free-text.js';
import { invalid, validated } from './results.js';
import type { Understood } from './types.js';

/** Longer than any written phone number with an extension and some words around it. */
const maxPhoneInput = 120;

function countryFor(country: string | undefined): CountryCode | undefined {
  if (typeof country !== 'string') return undefined;
  const upper = country.toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}

export function understandPhone(field: FieldDefinition, text: string, country: string | undefined): Understood {
  const clean = text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .trim();
  if (isBlank(clean)) return invalid('empty');
  if (clean.length > maxPhoneInput) return invalid('phone-format');
  const digitCount = clean.replace(/\D/g, '').length;
  if (digitCount < 3) return invalid('phone-format');
  // "0034 600..." is how many people write +34 600...
  const international = clean.replace(/^00(?=[1-9])/, '+');
  const defaultCountry = countryFor(country);
  if (!defaultCountry && !/\+\s*[1-9]/.test(international)) return invalid('phone-needs-country-code');
  const parsed = parsePhoneNumberFromString(international, defaultCountry);
  if (!parsed) return invalid('phone-format');
  if (!parsed.isValid()) return invalid('phone-invalid');
  const verdict = validated(field, parsed.number);
  return verdict.kind === 'answer' ? verdict : invalid('phone-invalid');
}
