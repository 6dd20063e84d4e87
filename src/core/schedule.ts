/** Formats an ISO date for a locale, in UTC so the day never shifts with the machine's time zone. */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
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
