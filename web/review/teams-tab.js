// The Teams tab's sign-in: in Teams, a single sign-on token traded for the tab's session, then the page again;
// anywhere else, the normal sign-in. teams-js hangs for a minute in a frame that is not Teams, so initialize() races
// a short timeout.
(() => {
  const box = document.getElementById('teams-sign-in');
  const status = document.getElementById('teams-status');
  if (!box || !status) return;
  const toSignIn = () => window.location.replace('/review/sign-in');
  const teams = window.microsoftTeams;
  if (!teams) return toSignIn();
  const say = (message) => {
    status.textContent = message;
    status.setAttribute('role', 'alert');
  };
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('not in Teams')), 3000));
  Promise.race([teams.app.initialize(), timeout]).then(async () => {
    try {
      const token = await teams.authentication.getAuthToken();
      const response = await fetch('/api/teams/sso', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
        credentials: 'same-origin',
      });
      if (response.ok) return window.location.reload();
      const { reason } = await response.json().catch(() => ({}));
      say(
        reason === 'no-account'
          ? box.dataset.noAccount
          : reason === 'invalid-token'
            ? box.dataset.refused
            : box.dataset.unavailable,
      );
    } catch {
      say(box.dataset.unavailable);
    }
  }, toSignIn);
})();
