// Web Chat announces a new card to screen readers through an off-screen copy in its live region; the copy of a choice
// list is an unlabelled <select>. Naming it keeps that announcement meaningful (and axe clean).
export function labelLiveRegionChoices(root, label) {
  const update = () => {
    for (const select of root.querySelectorAll('.webchat__live-region-transcript select:not([aria-label])')) {
      select.setAttribute('aria-label', label);
    }
  };
  new MutationObserver(update).observe(root, { childList: true, subtree: true });
}
