// Times as a clinician reads them: in the practice's time zone, day, month and time, no seconds.
export function formatTime(iso: string | null | undefined, where: { language: string; timeZone: string }): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(where.language === 'es' ? 'es' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: where.timeZone,
  }).format(date);
}
