// The audit log for admins: who did what to which record, when, from where; newest first, paged.
import type { AuditEntry } from '../../store/review-types.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';
import { formatTime } from './time.js';

/** The detail as short `key: value` pairs (ids, states and counts only; no text is ever stored there). */
const detailText = (detail: Record<string, unknown>): string =>
  Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(', ');

export function AuditPage({
  page,
  entries,
  next,
}: {
  page: PageContext;
  entries: readonly (AuditEntry & { id: number })[];
  next: number | null;
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t('review:audit.heading')} wide>
      <h1>{t('review:audit.heading')}</h1>
      <table class="audit">
        <thead>
          <tr>
            <th scope="col">{t('review:audit.time')}</th>
            <th scope="col">{t('review:audit.who')}</th>
            <th scope="col">{t('review:audit.action')}</th>
            <th scope="col">{t('review:audit.record')}</th>
            <th scope="col">{t('review:audit.detail')}</th>
            <th scope="col">{t('review:audit.from')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{formatTime(entry.at, page)}</time>
              </td>
              <td>
                {entry.actorEmail ?? t('review:audit.nobody')} <span class="hint">({entry.via})</span>
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                {entry.recordId ? (
                  <a href={`/review/intakes/${encodeURIComponent(entry.recordId)}`}>{entry.recordId.slice(0, 8)}</a>
                ) : (
                  '—'
                )}
              </td>
              <td class="detail">{detailText(entry.detail)}</td>
              <td>{entry.address ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {next !== null && (
        <p class="actions">
          <a href={`/review/audit?before=${next}`}>{t('review:audit.older')}</a>
        </p>
      )}
    </Layout>
  );
}
