// Accounts for admins: add one (a setup link to hand over), and for each: disable or enable, a new setup link,
// reset the second factor, revoke API tokens, change the role, link the Teams identity. Nobody needs a terminal for this.
import { type StaffAccount, staffRoles } from '../../store/review-types.js';
import { CsrfField, Layout, Notice } from './layout.js';
import type { PageContext } from './page-context.js';

export type StaffNotice = { kind: 'ok' | 'error'; text: string; link?: string | undefined };

function accountState(page: PageContext, account: StaffAccount): string {
  const { t } = page;
  if (account.disabledAt) return t('review:staff.disabled');
  if (!account.hasPassword) return t('review:staff.setupPending');
  if (!account.totpEnrolled) return t('review:staff.mfaPending');
  return t('review:staff.active');
}

function Action({
  page,
  account,
  action,
  label,
}: {
  page: PageContext;
  account: StaffAccount;
  action: string;
  label: string;
}) {
  return (
    <form method="post" action={`/review/staff/${encodeURIComponent(account.id)}/${action}`} class="inline">
      <CsrfField csrf={page.csrf} />
      <button type="submit" class="small" aria-label={`${label}: ${account.email}`}>
        {label}
      </button>
    </form>
  );
}

function RoleForm({ page, account }: { page: PageContext; account: StaffAccount }) {
  const { t } = page;
  const id = `role-${account.id}`;
  return (
    <form method="post" action={`/review/staff/${encodeURIComponent(account.id)}/role`} class="inline">
      <CsrfField csrf={page.csrf} />
      <label for={id} class="visually-hidden">
        {`${t('review:staff.role')}: ${account.email}`}
      </label>
      <select id={id} name="role">
        {staffRoles.map((role) => (
          <option key={role} value={role} selected={role === account.role}>
            {t(`review:roles.${role}`)}
          </option>
        ))}
      </select>
      <button type="submit" class="small">
        {t('review:staff.changeRole')}
      </button>
    </form>
  );
}

/** Links the account's Microsoft (Entra ID) identity for Teams, or unlinks it: no terminal needed. */
function TeamsForm({ page, account }: { page: PageContext; account: StaffAccount }) {
  const { t } = page;
  const id = `entra-${account.id}`;
  const action = `/review/staff/${encodeURIComponent(account.id)}/entra`;
  if (account.entraObjectId) {
    return (
      <form method="post" action={action} class="inline">
        <CsrfField csrf={page.csrf} />
        <span>{t('review:staff.teamsLinked')} </span>
        <input type="hidden" name="objectId" value="" />
        <button type="submit" class="small" aria-label={`${t('review:staff.unlink')}: ${account.email}`}>
          {t('review:staff.unlink')}
        </button>
      </form>
    );
  }
  return (
    <form method="post" action={action} class="inline">
      <CsrfField csrf={page.csrf} />
      <span>{t('review:staff.teamsNotLinked')} </span>
      <label for={id} class="visually-hidden">
        {`${t('review:staff.objectId')}: ${account.email}`}
      </label>
      <input
        id={id}
        name="objectId"
        type="text"
        size={14}
        maxlength={36}
        autocomplete="off"
        spellcheck={false}
        placeholder={t('review:staff.objectId')}
        required
      />
      <button type="submit" class="small" aria-label={`${t('review:staff.link')}: ${account.email}`}>
        {t('review:staff.link')}
      </button>
    </form>
  );
}

export function StaffPage({
  page,
  accounts,
  notice,
}: {
  page: PageContext;
  accounts: readonly StaffAccount[];
  notice?: StaffNotice | undefined;
}) {
  const { t } = page;
  const self = page.account?.id;
  return (
    <Layout page={page} title={t('review:staff.heading')} wide>
      <h1>{t('review:staff.heading')}</h1>
      {notice && (
        <Notice kind={notice.kind}>
          <p>{notice.text}</p>
          {notice.link && (
            <p>
              <code class="setup-link">{notice.link}</code>
            </p>
          )}
        </Notice>
      )}
      <section class="card" aria-labelledby="add-heading">
        <h2 id="add-heading">{t('review:staff.add')}</h2>
        <form method="post" action="/review/staff" class="row">
          <CsrfField csrf={page.csrf} />
          <div class="field">
            <label for="new-email">{t('review:staff.email')}</label>
            <input id="new-email" name="email" type="email" required maxlength={320} autocomplete="off" />
          </div>
          <div class="field">
            <label for="new-role">{t('review:staff.role')}</label>
            <select id="new-role" name="role">
              {staffRoles.map((role) => (
                <option key={role} value={role} selected={role === 'clinician'}>
                  {t(`review:roles.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('review:staff.submit')}</button>
        </form>
        <p class="hint">{t('review:staff.rolesHint')}</p>
      </section>
      {/* A phone scrolls the table, not the page; the region takes focus so a keyboard can scroll it too. */}
      <section class="table-scroll" aria-label={t('review:staff.heading')} tabindex={0}>
        <table class="staff">
          <thead>
            <tr>
              <th scope="col">{t('review:staff.email')}</th>
              <th scope="col">{t('review:staff.role')}</th>
              <th scope="col">{t('review:staff.state')}</th>
              <th scope="col">{t('review:staff.teams')}</th>
              <th scope="col">{t('review:staff.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.email}</th>
                <td>
                  {account.id === self ? t(`review:roles.${account.role}`) : <RoleForm page={page} account={account} />}
                </td>
                <td>{accountState(page, account)}</td>
                <td>
                  <TeamsForm page={page} account={account} />
                </td>
                <td class="buttons">
                  {account.id !== self && (
                    <>
                      <Action
                        page={page}
                        account={account}
                        action={account.disabledAt ? 'enable' : 'disable'}
                        label={account.disabledAt ? t('review:staff.enable') : t('review:staff.disable')}
                      />
                      <Action page={page} account={account} action="reset" label={t('review:staff.reset')} />
                      <Action page={page} account={account} action="reset-mfa" label={t('review:staff.resetMfa')} />
                    </>
                  )}
                  <Action page={page} account={account} action="revoke-tokens" label={t('review:staff.revoke')} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p class="hint">{t('review:staff.teamsHint')}</p>
    </Layout>
  );
}
