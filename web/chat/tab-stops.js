// Every suggested action is its own Tab stop (Web Chat makes only the first one reachable), so a keyboard user can
// pick any choice with Tab and Enter.
export function everySuggestedActionTabbable(root) {
  const update = () => {
    for (const button of root.querySelectorAll('.webchat__suggested-action')) {
      if (button.getAttribute('tabindex') !== '0') button.setAttribute('tabindex', '0');
    }
  };
  new MutationObserver(update).observe(root, { childList: true, subtree: true, attributeFilter: ['tabindex'] });
}
