// Keyboard reach: every suggested action is its own Tab stop (Web Chat makes only the first one reachable), and the
// open question's card (options to tick, the review's buttons) is the Tab stop before the send box, as it sits on
// screen. Web Chat keeps the chat history as one Tab stop with arrow keys inside; without this, a card could only be
// reached through that history (End, then Enter).
const sendBoxSelector = '.webchat__send-box-text-box__input';
const controls = 'input:not([disabled]), button:not([disabled]), select:not([disabled]), textarea:not([disabled])';

export function everySuggestedActionTabbable(root) {
  const update = () => {
    for (const button of root.querySelectorAll('.webchat__suggested-action')) {
      if (button.getAttribute('tabindex') !== '0') button.setAttribute('tabindex', '0');
    }
  };
  new MutationObserver(update).observe(root, { childList: true, subtree: true, attributeFilter: ['tabindex'] });
}

/** The first control of the card that asks the open question: the newest transcript item's card, if it has one. */
function openCardControl(root) {
  const items = root.querySelectorAll('.webchat__basic-transcript__activity');
  const newest = items[items.length - 1];
  const card = newest?.querySelector('.ac-adaptiveCard:not(.answered)');
  return card?.querySelector(controls) ?? undefined;
}

/** Shift+Tab from the send box goes into the open question's card, when there is one and no suggested actions. */
export function openCardBeforeSendBox(root) {
  root.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Tab' || !event.shiftKey || !event.target.matches?.(sendBoxSelector)) return;
      if (root.querySelector('.webchat__suggested-action')) return;
      const control = openCardControl(root);
      if (!control) return;
      event.preventDefault();
      control.focus();
    },
    true,
  );
}
