/**
 * The training plan on its own: the printed plan and training-plan.ics are both made from these
 * sessions, so one place decides what each session trains and when.
 */
import type { HandbookConfig } from '../../schemas/handbook-config.ts';
import type { Exercise } from '../../schemas/failure-mode.ts';
import { fill } from '../../i18n/format.ts';
import type { Dictionary } from '../../i18n/index.ts';
import { formatDate, planTrainingSessions, type PlanMode } from './schedule.ts';
import type { Handbook, HandbookChapter, OwnHandbookChapter, TrainingSession } from './model.ts';

/**
 * What each session of the plan trains, in reading order: a chapter's mode with its exercise, or
 * for a chapter the company wrote, a reading-and-discussion session on it. The printed plan and
 * training-plan.ics are both made from this list, so they cannot disagree.
 */
export function trainingModes(
  w: Dictionary,
  handbook: Pick<Handbook, 'chapters' | 'ownChapters'>,
): (PlanMode & { number: number; anchor: string })[] {
  const own = handbook.ownChapters.map((c) => ({
    id: c.id,
    number: c.number,
    anchor: c.anchor,
    title: c.title,
    summary: '',
    exercise: ownChapterSession(w, c.title),
  }));
  const modes = handbook.chapters.map((c) => ({ ...c.mode, number: c.number, anchor: c.anchor }));
  return [...modes, ...own].sort((a, b) => a.number - b.number);
}

/** The session on a chapter the company wrote: read beforehand, then talk it through. */
function ownChapterSession(w: Dictionary, title: string): Exercise {
  const S = w.handbook.ownSession;
  return {
    title: fill(w.locale, S.title, { title }),
    format: 'discussion',
    minutes: 30,
    setup: S.setup,
    roles: [],
    prompts: [...S.prompts],
    debrief: [...S.debrief],
  };
}

/**
 * The printed plan, every session and refresher training-plan.ics holds, on the same dates (see
 * trainingModes). Without a start date the order stands, undated.
 */
export function trainingSessions(
  w: Dictionary,
  chapters: HandbookChapter[],
  ownChapters: OwnHandbookChapter[],
  config: HandbookConfig,
): TrainingSession[] {
  const start = config.training?.start;
  const modes = trainingModes(w, { chapters, ownChapters });
  // Any date serves to put an undated plan in order; its dates are not shown.
  const planned = planTrainingSessions(modes, {
    start: start ?? '2001-01-01',
    cadence: config.training?.cadence ?? 'weekly',
  });
  return planned.map((p) => {
    const chapter = modes[p.number - 1]!;
    return {
      kind: p.kind,
      number: p.number,
      chapter: chapter.number,
      anchor: chapter.anchor,
      modeTitle: chapter.title,
      exercise: chapter.exercise,
      minutes: p.minutes,
      ...(start ? { date: formatDate(p.start.slice(0, 10), config.locale, w) } : {}),
    };
  });
}
