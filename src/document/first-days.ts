/**
 * "Our first 90 days" laid out: the handbook's plan (core/handbook/first-days.ts) as one heading
 * per week with something in it (weeks 0 to 12), each listing the plays that start and the plays
 * due for review, then the weeks after, then the company's own plays that have no week yet. A list
 * per week rather than one wide table, so the plan reads the same in HTML, Markdown, Word and
 * print, whether a handbook has one chapter or twenty-four.
 */
import type { BlockContent } from 'mdast';
import { ANCHORS, type Handbook } from '../core/handbook/model.ts';
import { splitAtNinetyDays, type PlannedPlay, type PlanWeek } from '../core/handbook/first-days.ts';
import { fill, fillParts } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { heading, link, list, paragraph, section, time, user, type Inline, type Section } from './nodes.ts';
import type { RoleTitles } from './handbook-chapter.ts';

/** Who owns a play, by the handbook's titles (the company's own stay its own text): "Team leader, with HR lead". */
function ownerOf(play: PlannedPlay['play'], w: Dictionary, roles: RoleTitles): Inline[] {
  const title = (id: string): Inline =>
    roles.company.has(id) ? user(roles.titles[id] ?? id) : (roles.titles[id] ?? id);
  if (play.with === undefined) return [title(play.owner)];
  return fillParts<Inline>(w.locale, w.mode.ownerWith, { owner: title(play.owner), with: title(play.with) });
}

/** A play's title in quotation marks, linked to its chapter. */
const playLink = (p: PlannedPlay, w: Dictionary): Inline =>
  link(`#${p.chapter.anchor}`, fill(w.locale, w.quoted, { text: p.play.title }));

function buildWeek(week: PlanWeek, w: Dictionary, roles: RoleTitles): BlockContent[] {
  const F = w.firstDays;
  const title: Inline[] = week.date
    ? fillParts<Inline>(w.locale, F.weekDated, { n: week.week, date: time(week.date.iso, week.date.text) })
    : [fill(w.locale, F.week, { n: week.week })];
  const starts = week.starts.map((p) =>
    fillParts<Inline>(w.locale, p.review !== undefined ? F.startsWithReview : F.starts, {
      play: playLink(p, w),
      n: p.chapter.number,
      owner: { type: 'span', children: ownerOf(p.play, w, roles).map(asPhrasing) },
      ...(p.review !== undefined ? { review: p.review } : {}),
    }),
  );
  const reviews = week.reviews.map((p) =>
    fillParts<Inline>(w.locale, F.review, {
      play: playLink(p, w),
      n: p.chapter.number,
      owner: { type: 'span', children: ownerOf(p.play, w, roles).map(asPhrasing) },
    }),
  );
  return [heading(3, title), list([...starts, ...reviews])];
}

const asPhrasing = (part: Inline) =>
  typeof part === 'string' ? { type: 'text' as const, value: part } : part;

/** The "Our first 90 days" section of a handbook. */
export function buildFirstDaysSection(handbook: Handbook, roles: RoleTitles): Section {
  const w = words(handbook.language);
  const F = w.firstDays;
  const plan = handbook.firstDays;
  const { first, after } = splitAtNinetyDays(plan);
  const calendar = handbook.training.cadence !== undefined;
  const intro = plan.start
    ? paragraph(
        ...fillParts<Inline>(w.locale, F.introDated, { date: time(plan.start.iso, plan.start.text) }),
        ...(calendar ? [' ', F.calendarNote] : []),
      )
    : paragraph(F.introUndated);
  return section({ id: ANCHORS.firstDays, className: ['back', 'first-days'] }, [
    heading(2, [F.heading]),
    intro,
    ...(plan.weeks.length === 0 ? [paragraph(F.empty)] : []),
    ...first.flatMap((week) => buildWeek(week, w, roles)),
    ...(after.length > 0
      ? [
          section({ tagName: 'div', className: ['first-days-later'] }, [
            heading(3, [F.later]),
            ...after.flatMap((week) =>
              buildWeek(week, w, roles).map((node) =>
                node.type === 'heading' ? { ...node, depth: 4 as const } : node,
              ),
            ),
          ]),
        ]
      : []),
    ...(plan.unscheduled.length > 0
      ? [
          heading(3, [F.unscheduled]),
          paragraph(F.unscheduledIntro),
          list(
            plan.unscheduled.map((p) =>
              fillParts<Inline>(w.locale, F.unscheduledPlay, {
                play: playLink(p, w),
                n: p.chapter.number,
                owner: { type: 'span', children: ownerOf(p.play, w, roles).map(asPhrasing) },
              }),
            ),
          ),
        ]
      : []),
  ]);
}
