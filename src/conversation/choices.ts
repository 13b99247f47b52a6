// Choice titles in the person's language (and in every language, for understanding typed answers).
import { choiceTitleKey } from '../../dialogs/choice-titles.js';
import { choicesFor, regionName } from '../../dialogs/choices.js';
import type { IntakeContext } from '../../dialogs/intake-context.js';
import type { FieldDefinition } from '../../dialogs/types.js';
import { supportedLanguages, translator } from '../i18n/index.js';
import type { ChoiceOption } from '../understanding/index.js';
import type { ChoiceMeta } from './prompt-model.js';
import type { ConversationRuntime } from './runtime.js';

export { choiceTitleKey };

/** Translated titles never change while the process runs: each language's title of a choice is looked up once. */
const translatedTitles = new Map<string, string>();

function translatedTitle(language: string, key: string, code: string): string {
  const cacheKey = `${language}\u0000${key}\u0000${code}`;
  let title = translatedTitles.get(cacheKey);
  if (title === undefined) {
    title = translator(language)(key, { defaultValue: code.toUpperCase() });
    translatedTitles.set(cacheKey, title);
  }
  return title;
}

function titleIn(
  language: string,
  field: FieldDefinition,
  code: string,
  context: IntakeContext,
  runtime: ConversationRuntime,
) {
  const key = choiceTitleKey(field, code);
  if (!key) return regionName(code, context, runtime.options) ?? code;
  return translatedTitle(language, key, code);
}

export function choicesMeta(
  field: FieldDefinition,
  context: IntakeContext,
  runtime: ConversationRuntime,
): ChoiceMeta[] {
  return choicesFor(field, context, runtime.options).map((value) => ({
    value,
    title: titleIn(context.language, field, value, context, runtime),
  }));
}

/** Every title of every choice, the conversation's language first: people mix languages. */
export function choiceOptions(
  field: FieldDefinition,
  context: IntakeContext,
  runtime: ConversationRuntime,
): ChoiceOption[] {
  const languages = [context.language, ...supportedLanguages.filter((l) => l !== context.language)];
  return choicesFor(field, context, runtime.options).map((value) => ({
    value,
    titles: [...new Set(languages.map((language) => titleIn(language, field, value, context, runtime)))],
  }));
}
