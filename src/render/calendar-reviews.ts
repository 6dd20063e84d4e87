/**
 * The reviews "Our first 90 days" dates, as the training calendar's events. ics.ts writes a
 * calendar from plain sessions and reviews and knows nothing of a handbook (its tests feed it
 * plans directly), so reading the reviews out of a handbook happens here.
 */
import { datedReviews } from '../core/handbook/first-days.ts';
import type { Handbook } from '../core/handbook/model.ts';
import { fill } from '../i18n/format.ts';
import { words } from '../i18n/index.ts';
import type { CalendarReview } from './ics.ts';

/** The plays' review dates of "Our first 90 days", with owners by the handbook's titles, for the calendar. */
export function calendarReviews(handbook: Handbook): CalendarReview[] {
  const w = words(handbook.language);
  const title = (id: string) => handbook.roleTitles[id] ?? id;
  return datedReviews(handbook.firstDays).map((p) => ({
    modeId: p.chapter.modeId,
    playId: p.play.id,
    play: p.play.title,
    chapter: { number: p.chapter.number, title: p.chapter.title },
    owner:
      p.play.with === undefined
        ? title(p.play.owner)
        : fill(w.locale, w.mode.ownerWith, { owner: title(p.play.owner), with: title(p.play.with) }),
    week: p.review!,
    date: p.reviewDate.iso,
  }));
}
