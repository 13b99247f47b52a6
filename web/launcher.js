// The embed script a practice adds to its site: a discreet "Contact us" button that opens the chat in a sandboxed
// frame of this server. It sets styles through the DOM only, so it works under the host site's CSP too.
(() => {
  const settings = __SETTINGS__;
  if (window.__intakeWidgetLoaded) return;
  window.__intakeWidgetLoaded = true;

  const script = document.currentScript;
  const origin = new URL(script?.src ?? '/', window.location.href).origin;
  const pageLanguage = (document.documentElement.lang || navigator.language || '').slice(0, 35);
  const words = settings.words[pageLanguage.split('-')[0].toLowerCase()] ?? settings.words[settings.defaultLanguage];
  const openKey = 'intake-widget-open';
  // Only where the browser refuses the chat's frame its own storage: the conversation's ids, token and resume secret.
  const sessionKey = 'intake-widget-session';
  const phone = window.matchMedia('(max-width: 480px)');
  // A site without a mobile viewport reports a desktop width on a phone: the screen's own width decides then.
  const isPhone = () => phone.matches || Math.min(window.screen.width, window.screen.height) <= 480;

  const style = (element, rules) => Object.assign(element.style, rules);

  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  style(button, {
    position: 'fixed',
    right: '20px',
    bottom: '20px',
    zIndex: '2147483000',
    display: 'flex',
    alignItems: 'center',
    gap: '10px',
    minHeight: '52px',
    padding: '8px 20px 8px 8px',
    border: '2px solid #ffffff',
    borderRadius: '999px',
    background: settings.primaryColor,
    color: '#ffffff',
    font: '600 17px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    boxShadow: '0 4px 14px rgba(0, 0, 0, 0.25)',
    cursor: 'pointer',
  });
  const avatar = document.createElement('img');
  avatar.src = new URL(settings.avatarUrl, origin).href;
  avatar.alt = '';
  style(avatar, { width: '36px', height: '36px', borderRadius: '50%', background: '#ffffff' });
  const label = document.createElement('span');
  label.textContent = words.open;
  button.append(avatar, label);

  const panel = document.createElement('div');
  panel.hidden = true;
  const frame = document.createElement('iframe');
  frame.title = words.frameTitle;
  // Scripts, its own storage (the conversation's ids), links that call or text, and leaving the page on a tap.
  frame.setAttribute(
    'sandbox',
    'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox ' +
      'allow-top-navigation-by-user-activation allow-top-navigation-to-custom-protocols',
  );
  frame.setAttribute('allow', 'clipboard-write');
  frame.referrerPolicy = 'no-referrer';
  style(frame, { width: '100%', height: '100%', border: '0', display: 'block', background: '#ffffff' });
  panel.append(frame);

  function layout() {
    const common = { position: 'fixed', zIndex: '2147483001', background: '#ffffff', overflow: 'hidden' };
    if (isPhone()) {
      style(panel, { ...common, inset: '0', width: '100%', height: '100%', borderRadius: '0', boxShadow: 'none' });
    } else {
      style(panel, {
        ...common,
        inset: 'auto 20px 20px auto',
        width: '400px',
        height: 'min(720px, calc(100vh - 40px))',
        borderRadius: '12px',
        boxShadow: '0 8px 30px rgba(0, 0, 0, 0.3)',
      });
    }
  }

  function open() {
    if (!frame.src) frame.src = `${origin}/chat?lang=${encodeURIComponent(pageLanguage)}`;
    layout();
    panel.hidden = false;
    button.hidden = true;
    button.setAttribute('aria-expanded', 'true');
    try {
      sessionStorage.setItem(openKey, '1');
    } catch {
      // Without storage the panel simply starts closed after a reload.
    }
    frame.focus();
  }

  function close() {
    panel.hidden = true;
    button.hidden = false;
    button.setAttribute('aria-expanded', 'false');
    try {
      sessionStorage.removeItem(openKey);
    } catch {
      // Nothing to forget.
    }
    button.focus();
  }

  function quickExit() {
    try {
      sessionStorage.removeItem(openKey);
      sessionStorage.removeItem(sessionKey);
    } catch {
      // Leaving matters more.
    }
    window.location.replace(settings.quickExitUrl);
  }

  button.addEventListener('click', open);
  // Escape twice leaves, as inside the panel, while the panel is open and the focus is on the site itself.
  let lastEscape = 0;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    const now = Date.now();
    if (now - lastEscape < 800) quickExit();
    lastEscape = now;
  });
  phone.addEventListener('change', layout);
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (event.data?.type === 'intake:close') close();
    if (event.data?.type === 'intake:quick-exit') quickExit();
    keepSession(event.data);
  });

  function keepSession(message) {
    try {
      if (message?.type === 'intake:session-save') sessionStorage.setItem(sessionKey, JSON.stringify(message.session));
      if (message?.type === 'intake:session-forget') sessionStorage.removeItem(sessionKey);
      if (message?.type === 'intake:session-ask') {
        const session = JSON.parse(sessionStorage.getItem(sessionKey) ?? 'null');
        frame.contentWindow?.postMessage({ type: 'intake:session', session }, origin);
      }
    } catch {
      // Without storage here either, a reload starts a new conversation.
    }
  }

  const mount = () => {
    document.body.append(button, panel);
    let wasOpen = false;
    try {
      wasOpen = sessionStorage.getItem(openKey) === '1';
    } catch {
      wasOpen = false;
    }
    if (wasOpen) open();
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
