// The crisis help a message calls for, from the message and a locale alone: for a turn whose conversation could not run.
import { mostUrgentFlow } from '../../dialogs/crisis-policy.js';
import { languageOf, regionOf } from '../../dialogs/locale.js';
import { noticeOf } from '../../dialogs/machine/notices.js';
import { translator } from '../i18n/index.js';
import { crisisMessage } from './crisis-message.js';
import type { BotMessage } from './prompt-model.js';
import type { ConversationRuntime } from './runtime.js';
import { sanitizeText } from './sanitize.js';
import { conversationLocale } from './turn.js';
import { practiceValues } from './values.js';

/**
 * What a new conversation in this locale would show for this message: the help for its most urgent kind of risk,
 * for the locale's country, worded for someone who has not agreed to be contacted. None when it holds no risk.
 */
export function crisisHelpFor(runtime: ConversationRuntime, text: unknown, locale: string): BotMessage | undefined {
  const clean = sanitizeText(text);
  const assessment = clean ? runtime.detect(clean) : undefined;
  if (!assessment || assessment.hits.length === 0) return undefined;
  const signals = assessment.kinds;
  const flow = mostUrgentFlow(signals, assessment.subject);
  const crisis = flow ? { flow, signals, minor: assessment.minor, subject: assessment.subject } : null;
  const kinds = [...new Set(signals.map((s) => s.kind))];
  const spoken = conversationLocale(runtime, locale);
  const country = regionOf(spoken) ?? runtime.options.defaultCountry;
  const language = languageOf(spoken) || 'en';
  const t = translator(language);
  const notice = noticeOf(
    crisis,
    runtime.options.resourcesFor(country, kinds, Boolean(crisis?.minor), assessment.subject),
    false,
  );
  return crisisMessage(notice, false, t, practiceValues(runtime, country, language, t));
}
