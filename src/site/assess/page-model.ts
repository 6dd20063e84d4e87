/**
 * What the /assess/ page shows, worked out before its markup: the questionnaire in categories, the
 * scoring model and words its script reads from the page, and the sentences whose placeholders are
 * bold words or links. Kept apart so the page file is only markup.
 */
import { getLibrary, urlsFor } from '../library.ts';
import { groupByCategory } from '../../core/library/navigation.ts';
import { estimateMinutes } from '../../core/assessment/score.ts';
import { MIN_PEOPLE } from '../../core/assessment/limits.ts';
import { buildAssessmentModel } from '../../core/assessment/model.ts';
import type { PageData } from './page-data.ts';
import { SCALE_VALUES } from '../../schemas/taxonomy.ts';
import { words, type Language } from '../../i18n/index.ts';
import { fill, fillParts } from '../../i18n/format.ts';

/** A part of a sentence: plain text, bold words, a link or a span. */
export type Inline = { kind?: 'strong' | 'a' | 'span'; text: string; href?: string };

/**
 * Everything the page needs in a language. `wordsUrl` is where the results' words are published,
 * passed in because the page's folder writes that file.
 */
export async function prepareAssessPage(lang: Language, wordsUrl: string) {
  const urls = urlsFor(lang);
  const w = words(lang);
  const t = w.assess.page;
  const { locale } = w;
  const min = MIN_PEOPLE;
  // The answer scale: each value with its words.
  const DIAGNOSTIC_SCALE = SCALE_VALUES.map((value, i) => ({ value, label: w.scale[i]! }));

  const library = await getLibrary(lang);
  const groups = groupByCategory(library.modes, w);
  const model = buildAssessmentModel(library.modes, w.categories);
  const byId = new Map(model.modes.map((m) => [m.id, m]));
  const total = model.modes.reduce((sum, m) => sum + m.questions, 0);
  const minutes = estimateMinutes(model);
  // What the page script needs beyond the form itself: the scoring model, links, the words it prints,
  // and where the results and the team view fetch theirs.
  const pageData = {
    ...model,
    urls: Object.fromEntries(model.modes.map((m) => [m.id, urls.mode(m.id)])),
    gapModeId: library.modes.some((m) => m.id === 'leadership-overestimates-service')
      ? 'leadership-overestimates-service'
      : undefined,
    words: { locale, assess: { form: w.assess.form } },
    wordsUrl,
    inEnglish: library.modes.filter((m) => m.untranslated).map((m) => m.id),
  } satisfies PageData;
  // `<` is escaped so no title can close the JSON script element early.
  const pageJson = JSON.stringify(pageData).replace(/</g, '\\u003c');

  const parts = (template: string, values: Record<string, string | number | Inline | Inline[]>): Inline[] =>
    fillParts<Inline>(locale, template, values).map((p) => (typeof p === 'string' ? { text: p } : p));
  const a = t.anonymity;
  const sentences = {
    collector: parts(a.collector, { inATeam: { kind: 'strong', text: a.inATeam } }),
    limits: parts(a.limits, { lead: { kind: 'strong', text: a.limitsLead }, min }),
    whyTeam: parts(a.whyTeam, {
      lead: { kind: 'strong', text: a.whyTeamLead },
      teamView: { kind: 'a', href: '#team', text: a.teamViewLink },
      min,
    }),
    scaleKey: parts(t.scaleKey, {
      steps: DIAGNOSTIC_SCALE.map((s, i) => ({
        kind: 'span',
        text: `${i > 0 ? t.scaleSeparator : ''}${fill(locale, t.scaleStep, { value: s.value, label: t.scaleInline[i]! })}`,
      })),
    }),
    buildNote: parts(t.buildNote, { guide: { kind: 'a', href: urls.handbook(), text: t.guideLink } }),
    teamIntro: parts(t.teamIntro, {
      min,
      link: { kind: 'a', href: '#anonymity-title', text: t.teamIntroLink },
    }),
  };

  return {
    urls,
    w,
    t,
    a,
    locale,
    min,
    DIAGNOSTIC_SCALE,
    groups,
    model,
    byId,
    total,
    minutes,
    pageJson,
    sentences,
  };
}
