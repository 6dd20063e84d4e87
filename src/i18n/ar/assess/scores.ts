/** Arabic words for the self-assessment, one part of src/i18n/ar/assess.ts. How a need score reads (out of 100, urgent…, quick or deep), shared by the results, the team view, the report and the config. */
import { pluralForms } from '../../format.ts';
import type { Dictionary } from '../../index.ts';

export const assessScores: Pick<
  Dictionary['assess'],
  'outOf100' | 'noFigure' | 'sentence' | 'need' | 'depth' | 'depthShort' | 'failureModes' | 'people'
> = {
  /** A need as every output shows it. */
  outOf100: '{n} من 100',
  /** A figure not shown (too few people, or nothing rated). */
  noFigure: '–',
  /** A sentence made of a phrase that has no stop of its own (a headline). */
  sentence: '{text}.',
  /** What a need score means, by how high it is (60 and up, 40, 20, below 20). */
  need: {
    urgent: 'عاجل',
    soon: 'يستحق الإصلاح قريبًا',
    some: 'فيه مجال للتحسين',
    good: 'في حالة جيدة',
  },
  /** How a mode was scored, in full (results) and in a table cell. */
  depth: {
    quick: 'مسح سريع (عبارة واحدة)',
    mixed: 'مسح سريع وتعمق معًا',
    deep: 'تعمق (العبارات: {answered} من {questions}، وعلامات الإنذار: {ticked} من {signs})',
  },
  depthShort: { quick: 'مسح سريع', deep: 'تعمق', mixed: 'مختلط' },
  /** Countable phrases several sentences share (Arabic sentences put them after a preposition). */
  failureModes: pluralForms({
    zero: 'لا أنماط إخفاق',
    one: 'نمط إخفاق واحد',
    two: 'نمطَي إخفاق',
    few: '{n} أنماط إخفاق',
    many: '{n} نمطَ إخفاق',
    other: '{n} نمط إخفاق',
  }),
  people: pluralForms({
    zero: 'لا أحد',
    one: 'شخص واحد',
    two: 'شخصان',
    few: '{n} أشخاص',
    many: '{n} شخصًا',
    other: '{n} شخص',
  }),
};
