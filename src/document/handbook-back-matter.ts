/**
 * The handbook's back matter: the training plan (the dates training-plan.ics holds), the
 * appendices (other modes, the empowerment table, the measures) and the sources the chapters draw on.
 */
import type { BlockContent, ListItem } from 'mdast';
import { ANCHORS, type Handbook } from '../core/handbook/model.ts';
import { DEFAULT_REFRESH_AFTER } from '../core/handbook/schedule.ts';
import { fill, fillParts, plural } from '../i18n/format.ts';
import { formatMinutes, words } from '../i18n/index.ts';
import { appendixLetters, measureTitles } from './handbook-contents.ts';
import { chapterTitle } from './mode.ts';
import { withUser } from './handbook-front-matter.ts';
import { buildMeasureAppendices } from './measures-appendix.ts';
import {
  classed,
  emphasis,
  heading,
  link,
  paragraph,
  section,
  strong,
  table,
  user,
  type Inline,
  type Section,
} from './nodes.ts';

/** The training plan: every session and refresher training-plan.ics holds, on the same dates. */
export function buildTraining(handbook: Handbook): BlockContent[] {
  const w = words(handbook.language);
  const H = w.handbook;
  const C = H.trainingColumns;
  const minutes = (n: number) => formatMinutes(w, n);
  const { sessions, totalMinutes, cadence } = handbook.training;
  const dated = sessions.some((s) => s.date);
  const own = sessions.filter((s) => s.kind === 'session');
  const refreshers = sessions.filter((s) => s.kind === 'refresher');
  return [
    paragraph(
      fill(w.locale, H.trainingIntro, {
        sessions: plural(w.locale, own.length, H.trainingSessions),
        refreshers: refreshers.length > 0 ? plural(w.locale, refreshers.length, H.trainingRefreshers) : '',
        total: minutes(totalMinutes),
        cadence: cadence
          ? fill(w.locale, H.trainingCadence, { cadence: H.trainingCadenceNames[cadence] })
          : '',
      }),
    ),
    ...(refreshers[0]
      ? [
          paragraph(
            fill(w.locale, H.refresherIntro, {
              minutes: minutes(refreshers[0].minutes),
              after: DEFAULT_REFRESH_AFTER,
            }),
            ...(dated ? [' ', H.calendarNote] : []),
          ),
        ]
      : []),
    table(
      [C.session, ...(dated ? [C.date] : []), C.chapter, C.exercise, C.format, C.duration],
      [
        ...sessions.map((s) => [
          s.kind === 'session' ? String(s.number) : fill(w.locale, H.refresherRow, { n: s.number }),
          ...(dated ? [s.date ?? ''] : []),
          link(`#${s.anchor}`, chapterTitle(w, s.chapter, s.modeTitle)),
          s.exercise.title,
          s.kind === 'session' ? w.exerciseFormats[s.exercise.format] : H.refresherFormat,
          minutes(s.minutes),
        ]),
        [strong(H.total), ...(dated ? [''] : []), '', '', '', strong(minutes(totalMinutes))],
      ],
    ),
  ];
}

/** The lettered appendices: other modes when there are any, the empowerment table, then the measures. */
export function buildAppendices(handbook: Handbook): Section[] {
  const w = words(handbook.language);
  const H = w.handbook;
  const letters = appendixLetters(handbook);
  const sections: Section[] = [];
  if (letters.otherModes) {
    sections.push(
      section({ id: ANCHORS.otherModes, className: ['back', 'appendix'] }, [
        heading(2, [fill(w.locale, H.otherModes, { letter: letters.otherModes })]),
        paragraph(H.otherModesIntro),
        ...handbook.appendix.modes.map(({ mode, anchor, categoryLabel }) => {
          const first = mode.plays[0]!;
          return section({ id: anchor, tagName: 'div', className: ['appendix-entry'] }, [
            heading(3, [mode.title]),
            classed('kicker', emphasis(categoryLabel)),
            paragraph(mode.summary),
            paragraph(strong(H.firstStep), ' ', `${first.title} (${first.owner}; ${first.timeframe}).`),
          ]);
        }),
      ]),
    );
  }
  const { empowerment, empowermentIsSample } = handbook.appendix;
  sections.push(
    section({ id: ANCHORS.empowerment, className: ['back', 'appendix'] }, [
      heading(2, [fill(w.locale, H.empowerment, { letter: letters.empowerment })]),
      paragraph(
        ...(empowermentIsSample ? [H.empowermentSample] : withUser(w, H.empowermentIntro, handbook.company)),
      ),
      table(
        [...H.empowermentColumns],
        empowerment.map((r) =>
          empowermentIsSample
            ? [r.role, r.decision, r.limit]
            : [user(r.role), user(r.decision), user(r.limit)],
        ),
        'empowerment-table',
      ),
    ]),
  );
  const titles = Object.fromEntries(measureTitles(w, letters));
  sections.push(
    ...(buildMeasureAppendices(w, handbook.measures, {
      ids: { metrics: ANCHORS.metrics, pulse: ANCHORS.pulse },
      titles,
      chapterLabel: (c) => fill(w.locale, w.metric.chapterRef, { n: c.number }),
      sourceUrl: (id) => (handbook.sources.some((s) => s.article.id === id) ? `#source-${id}` : undefined),
    }) as Section[]),
  );
  return sections;
}

/** Every article the chapters draw on, each with links back to the chapters citing it. */
export function buildSourceList(handbook: Handbook): BlockContent {
  const w = words(handbook.language);
  const H = w.handbook;
  const items = handbook.sources.map(({ article, citedBy }): ListItem => {
    const byline = [article.author, article.publisher, article.date].filter(Boolean).join(', ');
    const cites = citedBy.flatMap((c, i): Inline[] => [
      ...(i > 0 ? ['; '] : []),
      link(`#${c.anchor}`, c.number !== undefined ? fill(w.locale, H.chapterRef, { n: c.number }) : c.title),
    ]);
    return {
      type: 'listItem',
      spread: false,
      data: { hProperties: { id: `source-${article.id}` } },
      children: [
        paragraph(
          strong(article.title),
          byline ? `, ${byline}. ` : '. ',
          `${article.about} `,
          ...fillParts<Inline>(w.locale, H.drawnOnIn, { chapters: cites }),
          '.',
        ),
      ],
    };
  });
  return {
    type: 'list',
    ordered: false,
    spread: false,
    data: { hProperties: { className: ['sources'] } },
    children: items,
  };
}
