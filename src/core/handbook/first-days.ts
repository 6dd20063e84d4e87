/**
 * "Our first 90 days": the chosen chapters' plays laid out by the week each starts, counted from
 * the handbook's start (week 0: the first training session's date, else the cover date). Weeks 0
 * to 12 are the first 90 days; a play that starts later is listed after them, and a play with no
 * start week (a company's own) after that. The review dates of the same plays go into the training
 * calendar (src/render/ics.ts), so the printed plan and the calendar cannot disagree.
 */
import type { Dictionary } from '../../i18n/index.ts';
import { LAST_YEAR, addDays, formatDate } from './schedule.ts';

/** The last week of the first 90 days: thirteen weeks, 0 to 12. */
export const LAST_WEEK_OF_FIRST_90_DAYS = 12;

/** A day of the plan: ISO and as the reader sees it. */
export interface PlanDate {
  iso: string;
  text: string;
}

/** One play of the plan, with where it is in the handbook and when it starts and is first reviewed. */
export interface PlannedPlay {
  chapter: { number: number; anchor: string; title: string };
  play: { id: string; title: string; owner: string; with?: string; timeframe: string };
  /** Weeks from the handbook's start, when the play has them (a company's own play has none). */
  start?: number;
  review?: number;
  /** The days those weeks begin, when the plan has a start date. */
  startDate?: PlanDate;
  reviewDate?: PlanDate;
}

/** The plan: the weeks of the first 90 days that have plays, then the plays that start later or have no week. */
export interface FirstDaysPlan {
  /** Week 0's date, when the handbook has one. */
  start?: PlanDate;
  /** Only the weeks in which a play starts, in order. */
  weeks: { week: number; date?: PlanDate; plays: PlannedPlay[] }[];
  /** Plays starting after week 12, by start week. */
  later: PlannedPlay[];
  /** Plays without a start week, in chapter order. */
  unscheduled: PlannedPlay[];
}

/** What the plan needs of a chapter: its number, anchor, title and plays. */
export interface PlanChapter {
  number: number;
  anchor: string;
  mode: {
    title: string;
    plays: readonly {
      id: string;
      title: string;
      owner: string;
      with?: string | undefined;
      timeframe: string;
      start?: number | undefined;
      review?: number | undefined;
    }[];
  };
}

/**
 * Lays the chapters' plays out week by week from `startIso` (or undated without one): each play
 * in its start week, in chapter order within a week. Pure: the same chapters give the same plan.
 */
export function planFirstDays(
  chapters: readonly PlanChapter[],
  options: { start?: string; locale: string; words: Dictionary },
): FirstDaysPlan {
  const { start, locale, words } = options;
  const dateOf = (week: number | undefined): PlanDate | undefined => {
    if (start === undefined || week === undefined) return undefined;
    const iso = addDays(start, week * 7);
    // A date past the calendar's last year cannot be written; the week still stands.
    if (Number(iso.slice(0, 4)) > LAST_YEAR || iso.length !== 10) return undefined;
    return { iso, text: formatDate(iso, locale, words) };
  };
  const plays: PlannedPlay[] = [...chapters]
    .sort((a, b) => a.number - b.number)
    .flatMap((chapter) =>
      chapter.mode.plays.map((play) => {
        const startDate = dateOf(play.start);
        const reviewDate = dateOf(play.review);
        return {
          chapter: { number: chapter.number, anchor: chapter.anchor, title: chapter.mode.title },
          play: {
            id: play.id,
            title: play.title,
            owner: play.owner,
            ...(play.with !== undefined ? { with: play.with } : {}),
            timeframe: play.timeframe,
          },
          ...(play.start !== undefined ? { start: play.start } : {}),
          ...(play.review !== undefined ? { review: play.review } : {}),
          ...(startDate ? { startDate } : {}),
          ...(reviewDate ? { reviewDate } : {}),
        };
      }),
    );
  const scheduled = plays.filter((p) => p.start !== undefined);
  const firstDays = scheduled.filter((p) => p.start! <= LAST_WEEK_OF_FIRST_90_DAYS);
  const weeks = [...new Set(firstDays.map((p) => p.start!))]
    .sort((a, b) => a - b)
    .map((week) => {
      const date = dateOf(week);
      return { week, ...(date ? { date } : {}), plays: firstDays.filter((p) => p.start === week) };
    });
  const startDate = dateOf(0);
  return {
    ...(startDate ? { start: startDate } : {}),
    weeks,
    // A stable sort: plays starting in the same week keep their chapter order.
    later: scheduled.filter((p) => p.start! > LAST_WEEK_OF_FIRST_90_DAYS).sort((a, b) => a.start! - b.start!),
    unscheduled: plays.filter((p) => p.start === undefined),
  };
}

/** Every play of the plan that has a dated review, in review order: the calendar's review events. */
export function datedReviews(plan: FirstDaysPlan): (PlannedPlay & { reviewDate: PlanDate })[] {
  return [...plan.weeks.flatMap((w) => w.plays), ...plan.later]
    .filter((p): p is PlannedPlay & { reviewDate: PlanDate } => p.reviewDate !== undefined)
    .sort((a, b) => (a.reviewDate.iso < b.reviewDate.iso ? -1 : a.reviewDate.iso > b.reviewDate.iso ? 1 : 0));
}
