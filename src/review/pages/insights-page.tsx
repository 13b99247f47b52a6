// The funnel for admins and clinicians: a chart of conversations started and submitted per week (SVG drawn here,
// nothing fetched from elsewhere), then the same figures and more as tables. Counts only: nobody can be picked out.
import { stepIds } from '../../../dialogs/types.js';
import { type FunnelReport, type FunnelWeek, funnelTriageLevels } from '../insights.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

/** Bars of started and submitted per week; SVG presentation attributes, so the CSP needs no inline style. */
function FunnelChart({ page, weeks }: { page: PageContext; weeks: readonly FunnelWeek[] }) {
  const { t } = page;
  const height = 180;
  const barWidth = 14;
  const slot = barWidth * 2 + 14;
  const left = 36;
  const width = left + Math.max(1, weeks.length) * slot + 8;
  const top = Math.max(1, ...weeks.map((w) => w.started));
  const scale = (n: number) => Math.round((n / top) * (height - 20));
  const label = t('review:insights.chartLabel', { weeks: weeks.length });
  return (
    <figure class="chart">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${height + 40}`}
        width={width}
        height={height + 40}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title>{label}</title>
        <line x1={left - 4} y1={height} x2={width} y2={height} stroke="#535b6b" stroke-width="1" />
        <text x={left - 8} y={height - scale(top) + 4} text-anchor="end" font-size="11" fill="#535b6b">
          {top}
        </text>
        <text x={left - 8} y={height + 4} text-anchor="end" font-size="11" fill="#535b6b">
          0
        </text>
        {weeks.map((week, index) => {
          const x = left + index * slot;
          return (
            <g key={week.week}>
              <rect x={x} y={height - scale(week.started)} width={barWidth} height={scale(week.started)} fill="#1f5fae">
                <title>{`${week.week}: ${t('review:insights.started')} ${week.started}`}</title>
              </rect>
              <rect
                x={x + barWidth}
                y={height - scale(week.submitted)}
                width={barWidth}
                height={scale(week.submitted)}
                fill="#1b6b3a"
              >
                <title>{`${week.week}: ${t('review:insights.submitted')} ${week.submitted}`}</title>
              </rect>
              <text x={x} y={height + 16} font-size="10" fill="#1d2330">
                {week.week.slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="key key-started">{t('review:insights.started')}</span>{' '}
        <span class="key key-submitted">{t('review:insights.submitted')}</span>
      </figcaption>
    </figure>
  );
}

export function InsightsPage({ page, report }: { page: PageContext; report: FunnelReport }) {
  const { t } = page;
  const { total } = report;
  return (
    <Layout page={page} title={t('review:insights.heading')} wide>
      <h1>{t('review:insights.heading')}</h1>
      <p class="hint">{t('review:insights.intro')}</p>
      <form method="get" action="/review/insights" class="filters">
        <label for="from">{t('review:insights.from')}</label>
        <input id="from" name="from" type="date" value={report.from} />
        <label for="to">{t('review:insights.to')}</label>
        <input id="to" name="to" type="date" value={report.to} />
        <button type="submit">{t('review:insights.show')}</button>
      </form>
      <dl class="totals">
        <dt>{t('review:insights.started')}</dt>
        <dd>{total.started}</dd>
        <dt>{t('review:insights.submitted')}</dt>
        <dd>{total.submitted}</dd>
        <dt>{t('review:insights.completionRate')}</dt>
        <dd>{percent(total.completionRate)}</dd>
        <dt>{t('review:insights.median')}</dt>
        <dd>
          {total.medianMinutesAtMost === null
            ? '—'
            : t('review:insights.minutesAtMost', { minutes: total.medianMinutesAtMost })}
        </dd>
        <dt>{t('review:insights.declined')}</dt>
        <dd>{total.declined}</dd>
        <dt>{t('review:insights.abandoned')}</dt>
        <dd>{total.abandoned}</dd>
      </dl>
      <FunnelChart page={page} weeks={report.weeks} />
      <h2>{t('review:insights.byWeek')}</h2>
      <table class="insights">
        <thead>
          <tr>
            <th scope="col">{t('review:insights.week')}</th>
            <th scope="col">{t('review:insights.started')}</th>
            <th scope="col">{t('review:insights.submitted')}</th>
            <th scope="col">{t('review:insights.completionRate')}</th>
            <th scope="col">{t('review:insights.declined')}</th>
            <th scope="col">{t('review:insights.abandoned')}</th>
            {funnelTriageLevels.map((level) => (
              <th scope="col" key={level}>
                {t(`review:triage.${level}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.weeks.map((week) => (
            <tr key={week.week}>
              <th scope="row">
                <time dateTime={week.week}>{week.week}</time>
              </th>
              <td>{week.started}</td>
              <td>{week.submitted}</td>
              <td>{percent(week.completionRate)}</td>
              <td>{week.declined}</td>
              <td>{week.abandoned}</td>
              {funnelTriageLevels.map((level) => (
                <td key={level}>{week.triage[level] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('review:insights.bySteps')}</h2>
      <table class="insights">
        <thead>
          <tr>
            <th scope="col">{t('review:insights.step')}</th>
            <th scope="col">{t('review:insights.reached')}</th>
            <th scope="col">{t('review:insights.stoppedHere')}</th>
          </tr>
        </thead>
        <tbody>
          {stepIds.map((step) => (
            <tr key={step}>
              <th scope="row">{t(`intake:steps.${step}`)}</th>
              <td>{total.reached[step] ?? 0}</td>
              <td>{total.abandonedAt[step] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
