// Answered cards stay readable but can no longer be used: only the newest card with inputs takes a tap, so an old
// card never answers the question that is open now.
export function disableAnsweredCards(root) {
  const update = () => {
    const cards = [...root.querySelectorAll('.ac-adaptiveCard')].filter((card) => card.querySelector('input'));
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
