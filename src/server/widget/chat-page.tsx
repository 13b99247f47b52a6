// The chat panel (the page the launcher frames): header with quick exit, close and "Get help now", one progress bar,
// the crisis card, the transcript scrolling inside itself, and the emergency numbers under it, rendered here so that
// they show even when the bot or its connection is down.
import type { PracticeSettings } from '../../config.js';
import type { Translate } from '../../i18n/index.js';
import { chatStrings } from './chat-strings.js';
import type { EmergencyLine } from './emergency-lines.js';
import type { PageLocale } from './language.js';
import { neutralAvatar } from './neutral-avatar.js';

export interface ChatPageProps {
  practice: PracticeSettings;
  locale: PageLocale;
  lines: EmergencyLine[];
  nonce: string;
  t: Translate;
  /** About how long the whole intake takes (the intro says it). */
  minutes: number;
}

export function ChatPage({ practice, locale, lines, nonce, t, minutes }: ChatPageProps) {
  const avatar = practice.widget.avatarUrl ?? neutralAvatar(practice.widget.primaryColor);
  const settings = {
    language: locale.language,
    locale: locale.locale,
    practiceName: practice.name,
    primaryColor: practice.widget.primaryColor,
    avatarUrl: avatar,
    strings: chatStrings(t),
  };
  return (
    <html lang={locale.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="csp-nonce" content={nonce} />
        <meta name="theme-color" content={practice.widget.primaryColor} />
        <title>{`${t('widget:title')} · ${practice.name}`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/web/chat.css" />
      </head>
      {/* The script's settings travel as an escaped attribute: data, never markup or code. */}
      <body data-settings={JSON.stringify(settings)}>
        <div class="panel">
          <header class="bar">
            <div class="bar-row">
              <img class="avatar" src={avatar} alt="" width={36} height={36} />
              <div class="who">
                <h1 id="title">{t('widget:title')}</h1>
                <p class="practice">{practice.name}</p>
              </div>
              <button type="button" id="quick-exit" class="quick-exit" aria-describedby="quick-exit-hint">
                {t('widget:quickExit')}
              </button>
              <button type="button" id="close" class="icon-button" aria-label={t('widget:close')} hidden>
                <span aria-hidden="true">×</span>
              </button>
            </div>
            <p id="quick-exit-hint" class="visually-hidden">
              {t('widget:quickExitHint')}
            </p>
            <div class="bar-row second">
              <button type="button" id="get-help" class="get-help" aria-controls="crisis-card" hidden>
                {t('widget:crisisCard.getHelp')}
              </button>
              <div class="progress-row">
                <progress id="progress" max={100} value={0} aria-label={t('widget:progress.label')} />
                <span id="progress-label" aria-live="polite" />
              </div>
              <details class="options">
                <summary>{t('widget:options.menu')}</summary>
                <div class="options-list">
                  <button type="button" id="continue-with-code">
                    {t('widget:options.continueWithCode')}
                  </button>
                  <button type="button" id="start-over">
                    {t('widget:options.startOver')}
                  </button>
                  <button type="button" id="clear-chat">
                    {t('widget:options.clear')}
                  </button>
                </div>
              </details>
            </div>
          </header>
          <main class="body">
            <section id="crisis-card" class="crisis-card" aria-labelledby="crisis-heading" tabindex={-1} hidden>
              <h2 id="crisis-heading">{t('widget:crisisCard.heading')}</h2>
              <p>{t('widget:crisisCard.lead')}</p>
              <ul id="crisis-actions" class="crisis-actions" />
              <button type="button" id="crisis-hide" class="crisis-hide">
                {t('widget:crisisCard.hide')}
              </button>
            </section>
            <p id="intro" class="intro">
              {t('widget:intro', { count: minutes })}
            </p>
            <form id="code-form" class="code-form" aria-labelledby="code-heading" hidden>
              <h2 id="code-heading">{t('widget:code.heading')}</h2>
              <label for="code-input">{t('widget:code.label')}</label>
              <p id="code-hint" class="code-hint">
                {t('widget:code.hint')}
              </p>
              <input
                id="code-input"
                name="code"
                type="text"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck={false}
                maxLength={40}
                aria-describedby="code-hint code-error"
              />
              <p id="code-error" class="code-error" role="alert" />
              <div class="code-buttons">
                <button type="submit" class="code-submit">
                  {t('widget:code.submit')}
                </button>
                <button type="button" id="code-cancel" class="code-cancel">
                  {t('widget:code.cancel')}
                </button>
              </div>
            </form>
            <section id="webchat" aria-label={t('widget:chatLabel')} tabindex={-1}>
              <p id="status" role="status">
                {t('widget:loading')}
              </p>
            </section>
          </main>
          <aside class="lines" aria-label={t('widget:footer.label')}>
            <ul>
              {lines.map((line) => (
                <li key={line.text}>{line.href ? <a href={line.href}>{line.text}</a> : line.text}</li>
              ))}
            </ul>
          </aside>
        </div>
        <script src="/webchat/webchat.js" />
        <script type="module" src="/web/chat.js" />
      </body>
    </html>
  );
}
