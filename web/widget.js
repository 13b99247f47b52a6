// The widget demo: Web Chat over Direct Line (local, or Azure's via a server-side token), progress, quick exit.
const quickExitUrl = 'https://www.google.com/search?q=weather';

/** Leaves at once and keeps this page out of the back button. */
function quickExit() {
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be unavailable; leaving matters more.
  }
  window.location.replace(quickExitUrl);
}

function wireQuickExit(button) {
  button.addEventListener('click', quickExit);
  let lastEscape = 0;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    if (now - lastEscape < 800) quickExit();
    lastEscape = now;
  });
}

function applyStrings(config) {
  const s = config.strings;
  document.documentElement.lang = config.language;
  document.title = `${config.practiceName} · ${s.title}`;
  document.getElementById('title').textContent = `${config.practiceName}: ${s.title}`;
  document.getElementById('intro').textContent = s.intro;
  document.getElementById('quick-exit').textContent = s.quickExit;
  document.getElementById('quick-exit-hint').textContent = s.quickExitHint;
  document.getElementById('webchat').setAttribute('aria-label', s.chatLabel);
  document.documentElement.style.setProperty('--accent', config.primaryColor);
}

/** Shows "Step k of n" from the prompt metadata the bot sends with every question. */
function progressMiddleware(config) {
  const bar = document.getElementById('progress');
  const label = document.getElementById('progress-label');
  const chat = document.getElementById('webchat');
  return () => (next) => (action) => {
    const intake = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload?.activity?.channelData?.intake;
    // The open question's ids (never its text or an answer), for styling and for automated checks of the page.
    if (intake?.step) {
      chat.dataset.step = intake.step;
      chat.dataset.field = intake.field ?? '';
    }
    const progress = intake?.progress;
    if (progress && Number.isInteger(progress.index) && Number.isInteger(progress.total) && progress.total > 0) {
      bar.max = progress.total;
      bar.value = progress.index;
      label.textContent = config.strings.progress.replace('{index}', progress.index).replace('{total}', progress.total);
    }
    return next(action);
  };
}

async function start() {
  const status = document.getElementById('status');
  wireQuickExit(document.getElementById('quick-exit'));
  const language = navigator.language || 'en';
  const config = await fetch(`/api/widget/config?lang=${encodeURIComponent(language)}`).then((r) => r.json());
  applyStrings(config);
  status.textContent = config.strings.loading;
  try {
    const locale = language.startsWith(config.language) ? language : config.language;
    // The conversation's language is the page's: the welcome is written in it.
    const response = await fetch('/api/directline/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale }),
    });
    if (!response.ok) throw new Error(`token ${response.status}`);
    const { token, domain } = await response.json();
    const directLine = window.WebChat.createDirectLine({
      token,
      domain: domain?.startsWith('/') ? `${window.location.origin}${domain}` : domain,
      webSocket: false,
    });
    const store = window.WebChat.createStore({}, progressMiddleware(config));
    // The page's Content-Security-Policy allows only styles carrying this response's nonce.
    const nonce = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? undefined;
    window.WebChat.renderWebChat(
      {
        directLine,
        store,
        nonce,
        locale,
        styleOptions: {
          accent: config.primaryColor,
          botAvatarImage: config.avatarUrl ?? undefined,
          botAvatarInitials: config.avatarUrl ? undefined : config.practiceName.slice(0, 2).toUpperCase(),
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
        },
      },
      document.getElementById('webchat'),
    );
  } catch {
    status.textContent = config.strings.unavailable;
  }
}

start();
