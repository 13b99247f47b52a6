// The words the chat page's script needs at run time (progress, the crisis card, the options), in the page's language.
import type { Translate } from '../../i18n/index.js';

export function chatStrings(t: Translate) {
  return {
    progressStep: t('widget:progress.step', { index: '{index}', total: '{total}' }),
    progressPercent: t('widget:progress.percent', { percent: '{percent}' }),
    minuteLeft: t('widget:progress.minuteLeft'),
    minutesLeft: t('widget:progress.minutesLeft', { count: '{count}' }),
    paused: t('widget:progress.paused'),
    done: t('widget:progress.done'),
    loading: t('widget:loading'),
    unavailable: t('widget:unavailable'),
    placeholder: t('widget:placeholder'),
    cleared: t('widget:options.cleared'),
    newChat: t('widget:options.newChat'),
    call: t('widget:crisisCard.call', { number: '{number}' }),
    text: t('widget:crisisCard.text', { number: '{number}' }),
    textKeyword: t('widget:crisisCard.textKeyword', { keyword: '{keyword}', number: '{number}' }),
    web: t('widget:crisisCard.web', { name: '{name}' }),
    choicesLabel: t('widget:choicesLabel'),
    codeRefused: t('widget:code.refused'),
    codeTooMany: t('widget:code.tooMany'),
    codeEmpty: t('widget:code.empty'),
  };
}
export type ChatStrings = ReturnType<typeof chatStrings>;
