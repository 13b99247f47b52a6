// Answered cards stay readable but can no longer be used: only the newest card that asks something (options to tick,
// or the review's list of answers with its buttons) takes a tap, so an old card never answers the question open now.
// Crisis cards are neither and keep their call and text buttons.
export function disableAnsweredCards(root) {
  const update = () => {
    // Web Chat's off-screen live-region copies are left alone: only the cards a person sees count.
    const cards = [...root.querySelectorAll('.webchat__basic-transcript__activity .ac-adaptiveCard')].filter(
      (card) => !card.closest('.webchat__live-region-transcript') && card.querySelector('input, .ac-factset'),
    );
    const transcriptItems = [...root.querySelectorAll('.webchat__basic-transcript__activity')];
    const lastItem = transcriptItems.at(-1);
    for (const card of cards) {
      const isNewest = lastItem?.contains(card) ?? false;
      for (const control of card.querySelectorAll('input, button')) {
        if (!isNewest && !control.disabled) {
          control.disabled = true;
          control.setAttribute('aria-disabled', 'true');
        }
      }
      card.classList.toggle('answered', !isNewest);
    }
  };
  new MutationObserver(update).observe(root, { childList: true, subtree: true });
}
