// The queue: who to call first (unacknowledged flags), then submitted intakes oldest first; filters by code in the
// query string, search by name or reference in a POST body so that no name ends up in a URL.
import { triageLevels } from '../../../dialogs/crisis-policy.js';
import { reviewStates } from '../../store/review-types.js';
import { recordStatuses } from '../http/filters.js';
import type { IntakeSummary } from '../redact.js';
import { CsrfField, Layout, Notice } from './layout.js';
import type { PageContext } from './page-context.js';
import { formatTime } from './time.js';
import { TriageBadge } from './triage-badge.js';

export interface QueueFilterValues {
  status?: string | undefined;
  triage?: string | undefined;
  review?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function Select({
  page,
  name,
  label,
  options,
  value,
  prefix,
}: {
  page: PageContext;
  name: string;
  label: string;
  options: readonly string[];
  value: string | undefined;
  prefix: string;
}) {
  return (
    <div class="field">
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name}>
        <option value="">{page.t('review:queue.any')}</option>
        {options.map((option) => (
          <option key={option} value={option} selected={value === option}>
            {page.t(`${prefix}.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Filters({ page, filters }: { page: PageContext; filters: QueueFilterValues }) {
  const { t } = page;
  return (
    <form method="get" action="/review" class="filters" aria-label={t('review:queue.filters')}>
      <Select
        page={page}
        name="triage"
        label={t('review:queue.triage')}
        options={triageLevels}
        value={filters.triage}
        prefix="review:triage"
      />
      <Select
        page={page}
        name="status"
        label={t('review:queue.status')}
        options={recordStatuses}
        value={filters.status}
        prefix="review:status"
      />
      <Select
        page={page}
        name="review"
        label={t('review:queue.review')}
        options={reviewStates}
        value={filters.review}
        prefix="review:reviewStates"
      />
      <div class="field">
        <label for="filter-from">{t('review:queue.from')}</label>
        <input id="filter-from" name="from" type="date" value={filters.from ?? ''} />
      </div>
      <div class="field">
        <label for="filter-to">{t('review:queue.to')}</label>
        <input id="filter-to" name="to" type="date" value={filters.to ?? ''} />
      </div>
      <button type="submit">{t('review:queue.apply')}</button>
    </form>
  );
}

function Search({ page, query }: { page: PageContext; query: string }) {
  const { t } = page;
  return (
    <search>
      <form method="post" action="/review/search" class="search">
        <CsrfField csrf={page.csrf} />
        <label for="q">{t('review:queue.search')}</label>
        <div class="row">
          <input
            id="q"
            name="q"
            type="search"
            value={query}
            maxlength={200}
            aria-describedby="q-hint"
            required
            autocomplete="off"
          />
          <button type="submit">{t('review:queue.searchSubmit')}</button>
        </div>
        <p id="q-hint" class="hint">
          {t('review:queue.searchHint')}
        </p>
      </form>
    </search>
  );
}

function Rows({ page, items }: { page: PageContext; items: readonly IntakeSummary[] }) {
  const { t } = page;
  return (
    <table class="queue">
      <caption class="visually-hidden">{t('review:queue.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review:queue.triage')}</th>
          <th scope="col">{t('review:queue.reference')}</th>
          <th scope="col">{t('review:queue.name')}</th>
          <th scope="col">{t('review:queue.status')}</th>
          <th scope="col">{t('review:queue.review')}</th>
          <th scope="col">{t('review:queue.created')}</th>
          <th scope="col">{t('review:queue.submitted')}</th>
          <th scope="col">{t('review:queue.alerts')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} class={item.triage.unacknowledged ? 'waiting' : undefined}>
            <td>
              <TriageBadge page={page} level={item.triage.level} />
            </td>
            <th scope="row">
              <a href={`/review/intakes/${encodeURIComponent(item.id)}`}>{item.reference}</a>
            </th>
            <td data-label={t('review:queue.name')}>{item.firstName ?? '—'}</td>
            <td data-label={t('review:queue.status')}>{t(`review:status.${item.status}`)}</td>
            <td data-label={t('review:queue.review')}>{t(`review:reviewStates.${item.review}`)}</td>
            <td data-label={t('review:queue.created')}>
              <time dateTime={item.createdAt}>{formatTime(item.createdAt, page)}</time>
            </td>
            <td data-label={t('review:queue.submitted')}>
              {item.submittedAt ? <time dateTime={item.submittedAt}>{formatTime(item.submittedAt, page)}</time> : '—'}
            </td>
            <td data-label={t('review:queue.alerts')}>
              {item.triage.unacknowledged
                ? t('review:queue.unacknowledged')
                : item.triage.acknowledgedAt
                  ? t('review:queue.acknowledged')
                  : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const filterQuery = (filters: QueueFilterValues, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
};

export function QueuePage({
  page,
  items,
  next,
  filters,
  waiting,
  search,
}: {
  page: PageContext;
  items: readonly IntakeSummary[];
  next: string | null;
  filters: QueueFilterValues;
  /** Records whose crisis alerts nobody has acknowledged (at least; counted on the first 100). */
  waiting: number;
  /** Set when this page shows search results: what was searched for, shown back in the form only. */
  search?: string | undefined;
}) {
  const { t } = page;
  const heading = search === undefined ? t('review:queue.heading') : t('review:queue.searchResults');
  return (
    <Layout page={page} title={heading} wide>
      <h1>{heading}</h1>
      {waiting > 0 && <Notice kind="warning">{t('review:queue.waiting', { count: waiting })}</Notice>}
      <div class="toolbar">
        <Search page={page} query={search ?? ''} />
        <Filters page={page} filters={filters} />
      </div>
      {items.length === 0 ? <p class="empty">{t('review:queue.empty')}</p> : <Rows page={page} items={items} />}
      <p class="actions">
        {next && <a href={`/review${filterQuery(filters, { cursor: next })}`}>{t('review:queue.next')}</a>}
        {search !== undefined && <a href="/review">{t('review:queue.back')}</a>}
        <a href={`/api/intakes.csv${filterQuery(filters)}`} download>
          {t('review:queue.csv')}
        </a>
      </p>
    </Layout>
  );
}
