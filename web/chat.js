// The chat panel: Web Chat over Direct Line (local, or Azure's through a server-side token), resumed after a reload or
// in another tab, with one progress bar, crisis help on top, quick exit and close. Nothing a person typed is kept here.

import { disableAnsweredCards } from './chat/answered-cards.js';
import { createCrisisCard } from './chat/crisis-card.js';
import { labelLiveRegionChoices } from './chat/live-region.js';
import { createProgress } from './chat/progress.js';
import {
  connect,
  continueWithCode,
  forgetSession,
  loadSession,
  saveSession,
  shareWithOtherTabs,
  tellOtherTabsToForget,
} from './chat/session.js';
import { everySuggestedActionTabbable, openCardBeforeSendBox } from './chat/tab-stops.js';

const settings = JSON.parse(document.body.dataset.settings);
const { strings } = settings;
const framed = window.parent !== window;
const quickExitUrl = 'https://www.google.com/search?q=weather';

/** Leaves at once and keeps this page out of the back button; in a frame, the embedding page leaves. */
function quickExit() {
  forgetSession();
  if (framed) {
    // Carries no data: only "leave now" to the launcher, which replaces the embedding page.
    window.parent.postMessage({ type: 'intake:quick-exit' }, '*');
    try {
      window.top.location.replace(quickExitUrl);
    } catch {
      // The launcher does it.
    }
    return;
  }
  window.location.replace(quickExitUrl);
}

function wirePanel() {
  document.getElementById('quick-exit').addEventListener('click', quickExit);
  let lastEscape = 0;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    if (now - lastEscape < 800) quickExit();
    lastEscape = now;
  });
  const close = document.getElementById('close');
  if (framed) {
    close.hidden = false;
    close.addEventListener('click', () => window.parent.postMessage({ type: 'intake:close' }, '*'));
  }
  document.documentElement.style.setProperty('--accent', settings.primaryColor);
  document.getElementById('start-over').addEventListener('click', () => {
    forgetSession();
    window.location.reload();
  });
  document.getElementById('clear-chat').addEventListener('click', () => {
    forgetSession();
    tellOtherTabsToForget();
    showCleared();
  });
  shareWithOtherTabs(() => {
    forgetSession();
    showCleared();
  });
  wireCodeForm();
}

/** "Continue with a code": the form over the transcript; a code that opens a conversation reloads into it. */
function wireCodeForm() {
  const form = document.getElementById('code-form');
  const input = document.getElementById('code-input');
  const error = document.getElementById('code-error');
  const options = document.querySelector('details.options');
  const close = () => {
    form.hidden = true;
    error.textContent = '';
    options?.querySelector('summary')?.focus();
  };
  document.getElementById('continue-with-code').addEventListener('click', () => {
    options?.removeAttribute('open');
    form.hidden = false;
    input.focus();
  });
  document.getElementById('code-cancel').addEventListener('click', close);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = input.value.trim();
    if (!code) {
      error.textContent = strings.codeEmpty;
      input.focus();
      return;
    }
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    const outcome = await continueWithCode(code, settings.locale);
    submit.disabled = false;
    if (outcome === 'ok') {
      // This tab now holds the coded conversation: reconnecting it shows its history and carries on.
      window.location.reload();
      return;
    }
    error.textContent =
      outcome === 'refused' ? strings.codeRefused : outcome === 'too-many' ? strings.codeTooMany : strings.unavailable;
    input.select();
  });
}

/** The chat is gone from this browser: the transcript is removed and a new chat can start. */
function showCleared() {
  const chat = document.getElementById('webchat');
  const note = document.createElement('p');
  note.id = 'status';
  note.setAttribute('role', 'status');
  note.textContent = strings.cleared;
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'new-chat';
  again.textContent = strings.newChat;
  again.addEventListener('click', () => window.location.reload());
  chat.replaceChildren(note, again);
  document.getElementById('crisis-card').hidden = true;
  document.getElementById('get-help').hidden = true;
  document.querySelector('details.options')?.removeAttribute('open');
  again.focus();
}

/** Reads each bot reply's metadata (ids and codes, never text) for the progress bar and the crisis card. */
function metadataMiddleware(progress, crisisCard, historyBefore) {
  const chat = document.getElementById('webchat');
  let crisisSeen = false;
  return () => (next) => (action) => {
    const activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' ? action.payload?.activity : undefined;
    const intake = activity?.from?.role === 'bot' ? activity.channelData?.intake : undefined;
    if (intake) {
      if (intake.crisis) {
        crisisSeen = true;
        // A reconnected conversation's earlier crisis stays behind "Get help now"; a new one always opens the card.
        const earlier = historyBefore !== undefined && Date.parse(activity.timestamp ?? '') < historyBefore;
        if (earlier) crisisCard.keepResources(intake.crisis.resources);
        else crisisCard.showResources(intake.crisis.resources);
        progress.paused();
      }
      if (intake.step) {
        // The open question's ids, for styling and for automated checks of the page.
        chat.dataset.step = intake.step;
        chat.dataset.field = intake.field ?? '';
        chat.dataset.input = intake.input ?? '';
        // Until every bot says `paused`: the crisis branch and the screen it runs are the crisis.
        const crisisBranch = intake.step === 'crisis' || (crisisSeen && intake.step === 'safety');
        progress.update(intake.progress, crisisBranch);
      }
      if (intake.recordId || intake.step === 'submitted') progress.finished();
    }
    return next(action);
  };
}

async function start() {
  wirePanel();
  const status = document.getElementById('status');
  const progress = createProgress(strings);
  const crisisCard = createCrisisCard(strings);
  try {
    const { grant, resumed, serverNow } = await connect(settings.locale);
    // Both times are the server's (the device's clock may be off), and its Date header is rounded down to the second:
    // a reply from that same second counts as new (its card opens), and no reply after the reconnect counts as history.
    const historyBefore = resumed ? serverNow : undefined;
    const directLine = window.WebChat.createDirectLine({
      token: grant.token,
      ...(resumed ? { conversationId: grant.conversationId } : {}),
      domain: grant.domain?.startsWith('/') ? `${window.location.origin}${grant.domain}` : grant.domain,
      webSocket: false,
    });
    // Direct Line refreshes its token on its own; the newest one is what a reload reconnects with.
    setInterval(() => {
      const held = loadSession();
      if (held && directLine.token && held.token !== directLine.token)
        saveSession({ ...held, token: directLine.token });
    }, 30_000);
    const store = window.WebChat.createStore({}, metadataMiddleware(progress, crisisCard, historyBefore));
    // The page's Content-Security-Policy allows only styles carrying this response's nonce.
    const nonce = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? undefined;
    window.WebChat.renderWebChat(
      {
        directLine,
        store,
        nonce,
        locale: settings.locale,
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: strings.placeholder },
        styleOptions: {
          accent: settings.primaryColor,
          botAvatarImage: settings.avatarUrl,
          botAvatarInitials: ' ',
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          suggestedActionHeight: 44,
          suggestedActionBorderRadius: 22,
          suggestedActionBorderColor: settings.primaryColor,
          suggestedActionTextColor: settings.primaryColor,
          sendBoxHeight: 52,
          bubbleMinHeight: 44,
          bubbleBorderRadius: 12,
          bubbleFromUserBackground: settings.primaryColor,
          bubbleFromUserTextColor: '#ffffff',
          bubbleFromUserBorderRadius: 12,
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        },
      },
      document.getElementById('webchat'),
    );
    disableAnsweredCards(document.getElementById('webchat'));
    everySuggestedActionTabbable(document.getElementById('webchat'));
    openCardBeforeSendBox(document.getElementById('webchat'));
    labelLiveRegionChoices(document.getElementById('webchat'), strings.choicesLabel);
  } catch {
    status.textContent = strings.unavailable;
  }
}

start();
