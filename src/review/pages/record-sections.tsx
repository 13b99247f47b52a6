// The sections of a record, each readable at a glance: who, why, goals, how and when, payment, contact,
// questionnaires, safety and the answer history. Sections the reader's role may not see are absent from the view
// and so are not drawn. Everything the person typed is rendered as text (preact escapes it).
import type { ComponentChildren } from 'preact';
import { resourceById } from '../../crisis/resources.js';
import type { RecordView } from '../../record/record-view.js';
import type { PageContext } from './page-context.js';
import { answerText, choiceTitle, choiceTitles, fieldLabel, yesNo } from './record-text.js';
import { formatTime } from './time.js';

type Rows = [label: string, value: ComponentChildren][];

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`section-${id}`}>
      <h2 id={`section-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function Facts({ rows }: { rows: Rows }) {
  return (
    <dl class="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value === undefined || value === '' ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  );
}

function OwnWords({ page, text }: { page: PageContext; text: string | undefined }) {
  if (!text) return null;
  return (
    <figure class="own-words">
      <figcaption>{page.t('review:record.ownWords')}</figcaption>
      <blockquote>{text}</blockquote>
    </figure>
  );
}

const one = (page: PageContext, field: string, code: string | undefined) =>
  code === undefined ? undefined : choiceTitle(page.t, field, code);

function Who({ page, record }: { page: PageContext; record: RecordView }) {
  const client = record.client;
  if (!client) return null;
  return (
    <Section id="who" title={page.t('review:record.who')}>
      <Facts
        rows={[
          [fieldLabel(page.t, 'whoFor'), one(page, 'whoFor', client.whoFor)],
          [fieldLabel(page.t, 'preferredName'), client.preferredName],
          [fieldLabel(page.t, 'pronouns'), one(page, 'pronouns', client.pronouns)],
          [fieldLabel(page.t, 'ageRange'), one(page, 'ageRange', client.ageRange)],
          [fieldLabel(page.t, 'country'), one(page, 'country', client.country)],
          [fieldLabel(page.t, 'region'), client.region],
          [page.t('review:record.language'), record.locale],
        ]}
      />
    </Section>
  );
}

function Why({ page, record }: { page: PageContext; record: RecordView }) {
  if (!record.reasons && !record.history) return null;
  return (
    <Section id="why" title={page.t('review:record.why')}>
      {record.reasons && (
        <>
          <p class="codes-line">{choiceTitles(page.t, 'reasons', record.reasons.codes)}</p>
          <OwnWords page={page} text={record.reasons.ownWords} />
        </>
      )}
      {record.history && (
        <Facts
          rows={[
            [fieldLabel(page.t, 'priorTherapy'), one(page, 'priorTherapy', record.history.priorTherapy)],
            [fieldLabel(page.t, 'medication'), one(page, 'medication', record.history.medication)],
          ]}
        />
      )}
    </Section>
  );
}

function Goals({ page, record }: { page: PageContext; record: RecordView }) {
  if (!record.goals) return null;
  return (
    <Section id="goals" title={page.t('review:record.goals')}>
      <p class="codes-line">{choiceTitles(page.t, 'goals', record.goals.codes)}</p>
      <OwnWords page={page} text={record.goals.ownWords} />
    </Section>
  );
}

function HowAndWhen({ page, record }: { page: PageContext; record: RecordView }) {
  const p = record.preferences;
  if (!p) return null;
  return (
    <Section id="format" title={page.t('review:record.format')}>
      <Facts
        rows={[
          [fieldLabel(page.t, 'formats'), choiceTitles(page.t, 'formats', p.formats)],
          [fieldLabel(page.t, 'availability'), choiceTitles(page.t, 'availability', p.availability)],
          [fieldLabel(page.t, 'therapistGender'), one(page, 'therapistGender', p.therapistGender)],
          [fieldLabel(page.t, 'therapistLanguage'), one(page, 'therapistLanguage', p.therapistLanguage)],
        ]}
      />
      <OwnWords page={page} text={p.therapistNotes} />
    </Section>
  );
}

function Payment({ page, record }: { page: PageContext; record: RecordView }) {
  const p = record.preferences;
  if (!p) return null;
  return (
    <Section id="payment" title={page.t('review:record.payment')}>
      <Facts
        rows={[
          [fieldLabel(page.t, 'payment'), one(page, 'payment', p.payment)],
          [fieldLabel(page.t, 'insuranceCarrier'), p.insuranceCarrier],
          [page.t('review:record.carrierAccepted'), yesNo(page.t, p.carrierAccepted)],
        ]}
      />
    </Section>
  );
}

function Contact({ page, record }: { page: PageContext; record: RecordView }) {
  const c = record.contact;
  if (!c) return null;
  return (
    <Section id="contact" title={page.t('review:record.contact')}>
      <Facts
        rows={[
          [fieldLabel(page.t, 'firstName'), c.firstName],
          [fieldLabel(page.t, 'lastName'), c.lastName],
          [fieldLabel(page.t, 'email'), c.email],
          [fieldLabel(page.t, 'phone'), c.phone],
          [fieldLabel(page.t, 'contactMethods'), choiceTitles(page.t, 'contactMethods', c.contactMethods)],
          [fieldLabel(page.t, 'voicemailOk'), yesNo(page.t, c.voicemailOk)],
          [fieldLabel(page.t, 'textOk'), yesNo(page.t, c.textOk)],
          [fieldLabel(page.t, 'bestTimes'), choiceTitles(page.t, 'bestTimes', c.bestTimes)],
        ]}
      />
    </Section>
  );
}

function Measures({ page, record }: { page: PageContext; record: RecordView }) {
  const m = record.measures;
  if (!m) return null;
  const { t } = page;
  const scores = [m.phq, m.gad].filter((s) => s !== undefined);
  return (
    <Section id="measures" title={t('review:record.measures')}>
      {scores.length === 0 && <p>{t('review:record.noMeasures')}</p>}
      <ul class="plain">
        {scores.map((score) => (
          <li key={score.form}>
            <strong>
              {t('review:record.total', {
                form: score.form.toUpperCase(),
                total: score.total,
                max: score.form.endsWith('2') ? 6 : score.form === 'phq-9' ? 27 : 21,
              })}
            </strong>{' '}
            {score.severity && t(`review:severity.${score.severity}`)}
            {score.positive !== undefined &&
              ` · ${t(score.positive ? 'review:record.positive' : 'review:record.negative')}`}
          </li>
        ))}
      </ul>
      {m.phq?.items.phq9 !== undefined && (
        <p class={m.phq.items.phq9 > 0 ? 'flag' : undefined}>
          {t('review:record.item9', { value: choiceTitle(t, 'phq9', String(m.phq.items.phq9)) })}
        </p>
      )}
      <p class="hint">{t('review:record.selfReported')}</p>
    </Section>
  );
}

function Safety({ page, record }: { page: PageContext; record: RecordView }) {
  const s = record.safety;
  if (!s) return null;
  const { t } = page;
  const time = (iso: string) => <time dateTime={iso}>{formatTime(iso, page)}</time>;
  return (
    <Section id="safety" title={t('review:record.safety')}>
      <p>
        <strong>
          {t('review:record.screenResult', {
            instrument: t(`review:instruments.${s.instrument}`),
            result: s.result ? t(`review:screenResults.${s.result}`) : t('review:record.notAsked'),
          })}
        </strong>
      </p>
      {Object.keys(s.answers).length > 0 && (
        <Facts
          rows={Object.entries(s.answers).map(([field, value]) => [fieldLabel(t, field), answerText(t, field, value)])}
        />
      )}
      <h3>{t('review:record.events')}</h3>
      {s.detectorEvents.length === 0 ? (
        <p>{t('review:record.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('review:record.time')}</th>
              <th scope="col">{t('review:record.kind')}</th>
              <th scope="col">{t('review:record.level')}</th>
              <th scope="col">{t('review:record.subject')}</th>
              <th scope="col">{t('review:record.source')}</th>
              <th scope="col">{t('review:record.step')}</th>
            </tr>
          </thead>
          <tbody>
            {s.detectorEvents.map((event) => (
              <tr key={`${event.at}-${event.kind}`}>
                <td>{time(event.at)}</td>
                <td>{t(`review:kinds.${event.kind}`)}</td>
                <td>{t(`review:levels.${event.level}`)}</td>
                <td>
                  {t(`review:subjects.${event.subject}`)}
                  {event.minor && ` · ${t('review:record.minor')}`}
                </td>
                <td>{t(`review:sources.${event.source}`)}</td>
                <td>{t(`intake:steps.${event.step}`, { defaultValue: event.step })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('review:record.statements')}</h3>
      {s.statements.length === 0 ? (
        <p>{t('review:record.none')}</p>
      ) : (
        <ul class="plain">
          {s.statements.map((statement) => (
            <li key={statement.at}>
              {time(statement.at)} · {t(`review:statements.${statement.kind}`)}
              {statement.kind !== 'denial' && (
                <>
                  : <q>{answerText(t, statementField[statement.kind], statement.value)}</q>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {s.checkIns.length > 0 && (
        <>
          <h3>{t('review:record.checkIns')}</h3>
          <ul class="plain">
            {s.checkIns.map((checkIn) => (
              <li key={checkIn.at}>
                {time(checkIn.at)} · {t(`review:kinds.${checkIn.kindGuess}`)} ·{' '}
                {t(`review:checkInAnswers.${checkIn.answer}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('review:record.resources')}</h3>
      <p>
        {s.resourcesShown.length === 0
          ? t('review:record.none')
          : s.resourcesShown.map((id) => resourceById(id)?.name ?? id).join(', ')}
      </p>
    </Section>
  );
}

/** The field whose answer a statement was (a denial is noted as said, never with its words). */
const statementField = { 'safe-now': 'safeNow', 'safe-to-chat': 'safeToChat' } as const;

function History({ page, record, open }: { page: PageContext; record: RecordView; open: boolean }) {
  const answers = record.answers;
  if (!answers || answers.length === 0) return null;
  const { t } = page;
  return (
    <section class="card">
      <details class="history" open={open}>
        <summary>{t('review:record.answersCount', { count: answers.length })}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('review:record.time')}</th>
              <th scope="col">{t('review:record.field')}</th>
              <th scope="col">{t('review:record.value')}</th>
            </tr>
          </thead>
          <tbody>
            {answers.map((answer) => (
              <tr key={`${answer.at}-${answer.field}`} class={answer.amended ? 'amended' : undefined}>
                <td>
                  <time dateTime={answer.at}>{formatTime(answer.at, page)}</time>
                </td>
                <td>{fieldLabel(t, answer.field)}</td>
                <td>
                  {answerText(t, answer.field, answer.value)}
                  {answer.amended && <span class="tag"> {t('review:record.amended')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/**
 * Every section the view holds, in the order a clinician reads an intake: who and how to reach them, why, how safe,
 * then the rest. The answer history is folded on screen (`open` in print).
 */
export function RecordSections({
  page,
  record,
  open = false,
}: {
  page: PageContext;
  record: RecordView;
  open?: boolean;
}) {
  return (
    <>
      <Who page={page} record={record} />
      <Contact page={page} record={record} />
      <Why page={page} record={record} />
      <Safety page={page} record={record} />
      <Measures page={page} record={record} />
      <Goals page={page} record={record} />
      <HowAndWhen page={page} record={record} />
      <Payment page={page} record={record} />
      <History page={page} record={record} open={open} />
    </>
  );
}
