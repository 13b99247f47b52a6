// The triage level as words and a shape, never colour alone.
import type { PageContext } from './page-context.js';

const marks: Readonly<Record<string, string>> = { emergency: '▲', urgent: '◆', concern: '●', none: '' };

export function TriageBadge({ page, level }: { page: PageContext; level: string }) {
  return (
    <span class={`badge triage-${level}`}>
      {marks[level] && <span aria-hidden="true">{marks[level]} </span>}
      {page.t(`review:triage.${level}`)}
    </span>
  );
}
