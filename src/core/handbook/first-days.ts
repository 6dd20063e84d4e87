/**
 * "Our first 90 days": the chosen chapters' plays laid out by the week each starts, counted from
 * the handbook's start (week 0: the first training session's date; without one the weeks have no
 * dates). Weeks 0 to 12 are the first 90 days; a week after them is listed after them, and a play
 * with no start week (a company's own) after that. The review dates of the same plays go into the training
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
  chapter: { number: number; anchor: string; title: string; modeId: string };
  play: { id: string; title: string; owner: string; with?: string; timeframe: string };
  /** Weeks from the handbook's start, when the play has them (a company's own play has none). */
  start?: number;
  review?: number;
  /** The days those weeks begin, when the plan has a start date. */
  startDate?: PlanDate;
  reviewDate?: PlanDate;
}

/** One week of the plan: the plays that start in it and the plays due for review in it, in chapter order. */
export interface PlanWeek {
  week: number;
  /** The day the week begins, when the plan has a start date. */
  date?: PlanDate;
  starts: PlannedPlay[];
  reviews: PlannedPlay[];
}

/** The plan: every week in which a play starts or is reviewed, then the plays that have no week. */
export interface FirstDaysPlan {
  /** Week 0's date, when the handbook has one. */
  start?: PlanDate;
  /** Only weeks with a start or a review, in order; weeks after 12 come after the first 90 days. */
  weeks: PlanWeek[];
  /** Plays without a start week (a company's own), in chapter order. */
  unscheduled: PlannedPlay[];
}

/** What the plan needs of a chapter: its number, anchor, title and plays. */
export interface PlanChapter {
  number: number;
  anchor: string;
  mode: {
    id: string;
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
          chapter: {
            number: chapter.number,
            anchor: chapter.anchor,
            title: chapter.mode.title,
            modeId: chapter.mode.id,
          },
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
  const weekNumbers = [
    ...new Set(plays.flatMap((p) => [p.start, p.review]).filter((n): n is number => n !== undefined)),
  ].sort((a, b) => a - b);
  const startDate = dateOf(0);
  return {
    ...(startDate ? { start: startDate } : {}),
    weeks: weekNumbers.map((week) => {
      const date = dateOf(week);
      return {
        week,
        ...(date ? { date } : {}),
        starts: plays.filter((p) => p.start === week),
        reviews: plays.filter((p) => p.review === week),
      };
    }),
    unscheduled: plays.filter((p) => p.start === undefined),
  };
}

/** The weeks of the first 90 days (0 to 12) and the weeks after them. */
export function splitAtNinetyDays(plan: FirstDaysPlan): { first: PlanWeek[]; after: PlanWeek[] } {
  return {
    first: plan.weeks.filter((w) => w.week <= LAST_WEEK_OF_FIRST_90_DAYS),
    after: plan.weeks.filter((w) => w.week > LAST_WEEK_OF_FIRST_90_DAYS),
  };
}

/** Every play of the plan that has a dated review, in review order: the calendar's review events. */
export function datedReviews(plan: FirstDaysPlan): (PlannedPlay & { reviewDate: PlanDate })[] {
  return plan.weeks
    .flatMap((w) => w.reviews)
    .filter((p): p is PlannedPlay & { reviewDate: PlanDate } => p.reviewDate !== undefined);
}
