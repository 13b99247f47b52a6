// Which of the practice's languages a widget page speaks, and which country's emergency numbers it shows.
import type { Request } from 'express';
import { z } from 'zod';
import { languageOf, regionOf } from '../../../dialogs/locale.js';
import type { PracticeSettings } from '../../config.js';
import { supportedLanguages } from '../../i18n/index.js';

const pageQuery = z.object({
  lang: z
    .string()
    .max(35)
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)
    .optional(),
});

export interface PageLocale {
  /** The page's language: one the practice speaks and the product has words for. */
  language: string;
  /** The visitor's full locale when known (`es-MX`), for the conversation and the country. */
  locale: string;
  /** The country whose emergency number and crisis line the page shows. */
  country: string;
}

/** `?lang=` (the embedding page's language, passed by the launcher) first, then the browser's Accept-Language. */
export function pageLocale(req: Request, practice: PracticeSettings): PageLocale {
  const spoken = practice.languages.filter((l) => (supportedLanguages as readonly string[]).includes(l));
  const query = pageQuery.safeParse(req.query);
  const asked = (query.success ? query.data.lang : undefined) ?? req.acceptsLanguages()[0] ?? '';
  const wanted = languageOf(asked === '*' ? '' : asked);
  const language = spoken.includes(wanted as never) ? wanted : practice.defaultLanguage;
  const locale = languageOf(asked) === language && regionOf(asked) ? asked : language;
  return { language, locale, country: regionOf(locale) ?? practice.defaultCountry };
}
