// Typed text → an answer for one field, by its input kind; never throws, whatever was typed.
import type { FieldDefinition } from '../../dialogs/types.js';
import { choiceCodes } from './choice-phrases.js';
import { withoutFiller } from './filler.js';
import { understandFreeText } from './free-text.js';
import { type LexiconSet, lexiconsFor } from './lexicon.js';
import { tokensOf } from './normalize.js';
import { invalid, skipFor } from './results.js';
import { isSkipAnswer } from './skip.js';
import type { UnderstandingContext, Understood } from './types.js';
import { understandChoice } from './understand-choice.js';
import { understandEmail } from './understand-email.js';
import { understandMultiChoice } from './understand-multi-choice.js';
import { understandPhone } from './understand-phone.js';
import { understandScale } from './understand-scale.js';
import { isYesNoLike, understandYesNo } from './understand-yes-no.js';

/** For free-form inputs a skip word is the only thing that is not taken as the answer itself. */
function isSkipText(text: string, set: LexiconSet): boolean {
  if (text.length > 200) return false;
  const tokens = tokensOf(text);
  return tokens.length > 0 && isSkipAnswer(tokens, withoutFiller(tokens, set), set);
}

function understand(field: FieldDefinition, text: string, ctx: UnderstandingContext): Understood {
  const set = lexiconsFor(ctx.locale, Array.isArray(ctx.languages) ? ctx.languages : []);
  switch (field.input) {
    case 'choice':
      return isYesNoLike(choiceCodes(field, ctx.choices))
        ? understandYesNo(field, text, ctx, set)
        : understandChoice(field, text, ctx, set);
    case 'multiChoice':
      return understandMultiChoice(field, text, ctx, set);
    case 'yesNo':
      return understandYesNo(field, text, ctx, set);
    case 'scale':
      return understandScale(field, text, ctx, set);
    case 'text':
      return isSkipText(text, set) ? skipFor(field) : understandFreeText(field, text);
    case 'email':
      return isSkipText(text, set) ? skipFor(field) : understandEmail(field, text);
    case 'phone':
      return isSkipText(text, set) ? skipFor(field) : understandPhone(field, text, ctx.country);
    default:
      return invalid('no-match');
  }
}

export function understandText(field: FieldDefinition, text: string, ctx: UnderstandingContext): Understood {
  try {
    return understand(field, typeof text === 'string' ? text : '', ctx);
  } catch {
    return invalid('no-match');
  }
}
