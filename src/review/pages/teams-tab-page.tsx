// The Teams tab's first page when no tab session is open: its script asks Teams for a sign-in token and trades it
// for a session (POST /api/teams/sso), then reloads; outside Teams it goes on to the normal sign-in. The page's
// messages are here, in the reader's language, for the script to show.
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';

export function TeamsSignInPage({ page, teamsJs }: { page: PageContext; teamsJs: string }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('review:teams.tab.heading')}>
      <div
        class="narrow"
        id="teams-sign-in"
        data-no-account={t('review:teams.tab.noAccount')}
        data-refused={t('review:teams.tab.refused')}
        data-unavailable={t('review:teams.tab.unavailable')}
      >
        <h1>{t('review:teams.tab.heading')}</h1>
        <p id="teams-status" role="status">
          {t('review:teams.tab.signingIn')}
        </p>
        <p>
          <a href="/review/sign-in" target="_blank" rel="noopener">
            {t('review:teams.tab.openInBrowser')}
          </a>
        </p>
      </div>
      <script src={teamsJs} />
      <script src="/review/assets/teams-tab.js" />
    </Layout>
  );
}
