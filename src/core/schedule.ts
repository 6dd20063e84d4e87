/**
 * Formats an ISO date in the handbook's language (English) with the conventions of the locale's
 * region: en-US writes "March 1, 2025", en-GB and de-DE "1 March 2025". The text never switches
 * language with the region, so dates and the words around them agree. UTC, so the day never shifts.
 */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(englishFor(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** English with the locale's region, e.g. de-DE -> en-DE; the playbook is written in English for now. */
export function englishFor(locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  const candidate = region ? `en-${region}` : 'en-GB';
  return Intl.DateTimeFormat.supportedLocalesOf([candidate]).length > 0 ? candidate : 'en-GB';
}

/** Session dates from a start date: every 7 or 14 days, or the same day each month (clamped to the month's end). */
export function scheduleDates(start: string, cadence: 'weekly' | 'fortnightly' | 'monthly', count: number): string[] {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) => {
    if (cadence === 'monthly') {
      const lastDay = new Date(Date.UTC(y, m - 1 + i + 1, 0)).getUTCDate();
      return new Date(Date.UTC(y, m - 1 + i, Math.min(d, lastDay))).toISOString().slice(0, 10);
    }
    const step = cadence === 'weekly' ? 7 : 14;
    return new Date(Date.UTC(y, m - 1, d + i * step)).toISOString().slice(0, 10);
  });
}

/** "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h > 0 ? `${h} h` : '', m > 0 || h === 0 ? `${m} min` : ''].filter(Boolean).join(' ');
}
