// One intake: what needs doing first (crisis alerts to acknowledge, discreet contact), where its review stands with
// notes, then every section; a print view of the same without the forms.
import type { RecordView } from '../../record/record-view.js';
import { reviewStates } from '../../store/review-types.js';
import { seesClinical } from '../redact.js';
import { CsrfField, Layout, Notice } from './layout.js';
import type { PageContext } from './page-context.js';
import { RecordSections } from './record-sections.js';
import { formatTime } from './time.js';
import { TriageBadge } from './triage-badge.js';

const recordPath = (record: RecordView) => `/review/intakes/${encodeURIComponent(record.id)}`;

function Summary({ page, record }: { page: PageContext; record: RecordView }) {
  const { t } = page;
  return (
    <dl class="summary">
      <div>
        <dt>{t('review:queue.triage')}</dt>
        <dd>
          <TriageBadge page={page} level={record.triage?.level ?? 'none'} />
        </dd>
      </div>
      <div>
        <dt>{t('review:queue.status')}</dt>
        <dd>{t(`review:status.${record.status}`)}</dd>
      </div>
      <div>
        <dt>{t('review:queue.review')}</dt>
        <dd>{record.review ? t(`review:reviewStates.${record.review.state}`) : '—'}</dd>
      </div>
      <div>
        <dt>{t('review:queue.created')}</dt>
        <dd>{formatTime(record.createdAt, page)}</dd>
      </div>
      <div>
        <dt>{t('review:queue.submitted')}</dt>
        <dd>{formatTime(record.submittedAt, page)}</dd>
      </div>
    </dl>
  );
}

function Alerts({ page, record }: { page: PageContext; record: RecordView }) {
  const { t } = page;
  const triage = record.triage;
  if (!triage || triage.level === 'none') return null;
  const canAcknowledge = page.account !== undefined && seesClinical(page.account.role);
  return (
    <section class="card alerts" aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">{t('review:record.alerts')}</h2>
      {triage.kinds && triage.kinds.length > 0 && (
        <p>
          {t('review:record.kinds')}: {triage.kinds.map((kind) => t(`review:kinds.${kind}`)).join(', ')}
        </p>
      )}
      {triage.acknowledgedAt ? (
        <p>
          {t('review:record.acknowledgedBy', {
            by: triage.acknowledgedBy ?? '—',
            at: formatTime(triage.acknowledgedAt, page),
          })}
        </p>
      ) : (
        <Notice kind="warning">{t('review:record.alertsWaiting')}</Notice>
      )}
      {canAcknowledge && (
        <form method="post" action={`${recordPath(record)}/acknowledge`}>
          <CsrfField csrf={page.csrf} />
          <button type="submit" class="primary">
            {triage.acknowledgedAt ? t('review:record.acknowledgeAgain') : t('review:record.acknowledge')}
          </button>
        </form>
      )}
    </section>
  );
}

/** What an admin sees after erasing an intake: there is no record left to go back to. */
export function ErasedPage({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('review:record.erased.title')}>
      <h1>{t('review:record.erased.title')}</h1>
      <Notice kind="ok">{t('review:record.erased.message')}</Notice>
      <p>
        <a href="/review">{t('review:record.back')}</a>
      </p>
    </Layout>
  );
}

/** Erasure on request, for admins only: a deliberate form (a box to tick), posted with the page's CSRF token. */
function ErasePanel({ page, record }: { page: PageContext; record: RecordView }) {
  const { t } = page;
  if (page.account?.role !== 'admin') return null;
  return (
    <section class="card" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t('review:record.erase.heading')}</h2>
      <p class="hint">{t('review:record.erase.explain')}</p>
      <form method="post" action={`${recordPath(record)}/erase`} class="stack">
        <CsrfField csrf={page.csrf} />
        <label>
          <input type="checkbox" name="confirm" value="yes" required /> {t('review:record.erase.confirm')}
        </label>
        <button type="submit">{t('review:record.erase.button')}</button>
      </form>
    </section>
  );
}

function ReviewPanel({ page, record }: { page: PageContext; record: RecordView }) {
  const { t } = page;
  const review = record.review;
  if (!review) return null;
  return (
    <section class="card" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('review:record.setReview')}</h2>
      {review.by && review.at && (
        <p class="hint">{t('review:record.reviewBy', { by: review.by, at: formatTime(review.at, page) })}</p>
      )}
      <form method="post" action={`${recordPath(record)}/review`} class="row">
        <CsrfField csrf={page.csrf} />
        <label for="reviewState" class="visually-hidden">
          {t('review:record.setReview')}
        </label>
        <select id="reviewState" name="reviewState">
          {reviewStates.map((state) => (
            <option key={state} value={state} selected={state === review.state}>
              {t(`review:reviewStates.${state}`)}
            </option>
          ))}
        </select>
        <button type="submit">{t('review:record.save')}</button>
      </form>
      <h3>{t('review:record.notes')}</h3>
      {review.notes.length === 0 ? (
        <p>{t('review:record.noNotes')}</p>
      ) : (
        <ol class="notes">
          {review.notes.map((note) => (
            <li key={`${note.at}-${note.by}`}>
              <p class="note-meta">
                {note.by} · <time dateTime={note.at}>{formatTime(note.at, page)}</time>
              </p>
              <p class="note-text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form method="post" action={`${recordPath(record)}/notes`} class="stack">
        <CsrfField csrf={page.csrf} />
        <label for="note">{t('review:record.addNote')}</label>
        <textarea id="note" name="note" rows={3} maxlength={2000} required aria-describedby="note-hint" />
        <p id="note-hint" class="hint">
          {t('review:record.noteHint')}
        </p>
        <button type="submit">{t('review:record.noteSubmit')}</button>
      </form>
    </section>
  );
}

export function RecordPage({
  page,
  record,
  done,
}: {
  page: PageContext;
  record: RecordView;
  /** A confirmation after an action (the redirect's `done` code). */
  done?: string | undefined;
}) {
  const { t } = page;
  const title = t('review:record.heading', { reference: record.reference });
  const discreet = record.contact?.discreet === true;
  return (
    <Layout page={page} title={title} wide>
      <p class="breadcrumb">
        <a href="/review">{t('review:record.back')}</a>
      </p>
      <h1>{title}</h1>
      {done && <Notice kind="ok">{t(`review:done.${done}`)}</Notice>}
      {discreet && <Notice kind="warning">{t('review:record.discreet')}</Notice>}
      <Summary page={page} record={record} />
      <p class="actions">
        <a href={`${recordPath(record)}/print`}>{t('review:record.print')}</a>
        <a href={`/api/intakes/${encodeURIComponent(record.id)}/fhir`} download={`${record.reference}.fhir.json`}>
          {t('review:record.fhir')}
        </a>
        <a href={`/api/intakes/${encodeURIComponent(record.id)}`} download={`${record.reference}.json`}>
          {t('review:record.json')}
        </a>
      </p>
      <div class="record-grid">
        <div class="record-side">
          <Alerts page={page} record={record} />
          <ReviewPanel page={page} record={record} />
          <ErasePanel page={page} record={record} />
        </div>
        <div class="record-main">
          <RecordSections page={page} record={record} />
        </div>
      </div>
    </Layout>
  );
}

/** The same record without forms or navigation, for paper or a PDF. */
export function PrintPage({ page, record }: { page: PageContext; record: RecordView }) {
  const { t } = page;
  const title = t('review:record.heading', { reference: record.reference });
  return (
    <html lang={page.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{title}</title>
        <link rel="stylesheet" href="/review/assets/review.css" />
      </head>
      <body class="print">
        <main id="main">
          <p class="no-print">
            <a href={recordPath(record)}>{t('review:record.back')}</a>
          </p>
          <h1>{title}</h1>
          <p class="hint">
            {t('review:record.printedBy', {
              email: page.account?.email ?? '',
              at: formatTime(new Date().toISOString(), page),
            })}
          </p>
          {record.contact?.discreet && <p class="flag">{t('review:record.discreet')}</p>}
          <Summary page={page} record={record} />
          {record.triage?.kinds && record.triage.kinds.length > 0 && (
            <p>
              {t('review:record.kinds')}: {record.triage.kinds.map((kind) => t(`review:kinds.${kind}`)).join(', ')}
            </p>
          )}
          <RecordSections page={page} record={record} open />
          {record.review && record.review.notes.length > 0 && (
            <section class="card">
              <h2>{t('review:record.notes')}</h2>
              <ol class="notes">
                {record.review.notes.map((note) => (
                  <li key={`${note.at}-${note.by}`}>
                    <p class="note-meta">
                      {note.by} · {formatTime(note.at, page)}
                    </p>
                    <p class="note-text">{note.text}</p>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </main>
      </body>
    </html>
  );
}
