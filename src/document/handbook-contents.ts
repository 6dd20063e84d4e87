/**
 * What the handbook holds and in what order: the numbered chapters, the appendix letters and the
 * list of sections. The contents page and the PDF's page numbers read the list, and the body's
 * headings come from the same titles, so a heading and its contents entry cannot disagree.
 */
import {
  ANCHORS,
  type Handbook,
  type HandbookChapter,
  type OwnHandbookChapter,
} from '../core/handbook/model.ts';
import { fill } from '../i18n/format.ts';
import { words, type Dictionary } from '../i18n/index.ts';
import { chapterTitle } from './mode.ts';

/** A heading's visible text and the anchor it links to, in reading order. */
export function listSections(handbook: Handbook): { id: string; label: string }[] {
  const w = words(handbook.language);
  const H = w.handbook;
  const letters = appendixLetters(handbook);
  return [
    { id: ANCHORS.howToUse, label: H.howToUse },
    { id: ANCHORS.standards, label: H.standards },
    ...(handbook.duties.length > 0 ? [{ id: ANCHORS.whoDoesWhat, label: H.whoDoesWhat }] : []),
    ...chaptersInOrder(handbook).map((c) => ({ id: c.anchor, label: chapterTitle(w, c.number, c.title) })),
    { id: ANCHORS.training, label: H.training },
    { id: ANCHORS.firstDays, label: w.firstDays.heading },
    ...(letters.otherModes
      ? [{ id: ANCHORS.otherModes, label: fill(w.locale, H.otherModes, { letter: letters.otherModes }) }]
      : []),
    { id: ANCHORS.empowerment, label: fill(w.locale, H.empowerment, { letter: letters.empowerment }) },
    ...measureTitles(w, letters).map(([key, label]) => ({ id: ANCHORS[key], label })),
    ...(letters.worksheets
      ? [
          {
            id: ANCHORS.worksheets,
            label: fill(w.locale, w.worksheets.appendix.heading, { letter: letters.worksheets }),
          },
        ]
      : []),
    { id: ANCHORS.sources, label: H.sources },
  ];
}

/** The library's chapters and the company's own, in reading order, each with its number, anchor and title. */
export function chaptersInOrder(
  handbook: Handbook,
): { number: number; anchor: string; title: string; chapter?: HandbookChapter; own?: OwnHandbookChapter }[] {
  return [
    ...handbook.chapters.map((chapter) => ({
      number: chapter.number,
      anchor: chapter.anchor,
      title: chapter.mode.title,
      chapter,
    })),
    ...handbook.ownChapters.map((own) => ({ number: own.number, anchor: own.anchor, title: own.title, own })),
  ].sort((a, b) => a.number - b.number);
}

/** "3. Too few people for the customer load": a chapter's numbered title. */

/**
 * Appendix letters, in reading order: A for other modes when there are any, then the empowerment
 * table, then the metrics and the pulse survey form when the chapters use any, then the worksheets
 * when the chapters' plays use any.
 */
export function appendixLetters(handbook: Handbook): {
  otherModes?: string;
  empowerment: string;
  metrics?: string;
  pulse?: string;
  worksheets?: string;
} {
  const present = [
    ['otherModes', handbook.appendix.modes.length > 0],
    ['empowerment', true],
    ['metrics', handbook.measures.metrics.length > 0],
    ['pulse', handbook.measures.pulse !== undefined],
    ['worksheets', handbook.worksheets.length > 0],
  ] as const;
  const letters = present.filter(([, shown]) => shown).map(([key], i) => [key, String.fromCharCode(65 + i)]);
  return Object.fromEntries(letters) as ReturnType<typeof appendixLetters>;
}

/** The measuring appendices' headings, with their letters, for those the handbook has. */
export function measureTitles(
  w: Dictionary,
  letters: ReturnType<typeof appendixLetters>,
): (readonly ['metrics' | 'pulse', string])[] {
  return [
    ...(letters.metrics
      ? [['metrics', fill(w.locale, w.handbook.metricsAppendix, { letter: letters.metrics })] as const]
      : []),
    ...(letters.pulse
      ? [['pulse', fill(w.locale, w.handbook.pulseAppendix, { letter: letters.pulse })] as const]
      : []),
  ];
}
