/** What the form shows besides the answers themselves: the deep-dive sections and progress. */
import { fill, plural } from '../../i18n/format.ts';
import type { Draft } from './draft.ts';
import { $, type PageData } from './page-data.ts';

/** Deep-dive sections show for the modes opened, for modes with answers beyond the headline, or for everything. */
export function showDeeper(data: PageData, draft: Draft): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-deeper]')) {
    const id = section.dataset.deeper!;
    const headline = data.modes.find((m) => m.id === id)?.headline;
    const answeredBeyond =
      Object.keys(draft.answers[id] ?? {}).some((i) => Number(i) !== headline) ||
      (draft.warningSigns[id]?.length ?? 0) > 0;
    section.hidden = !(draft.full || draft.deeper.includes(id) || answeredBeyond);
  }
  $('#show-all').setAttribute('aria-pressed', String(draft.full));
}

/** The quick scan's progress, and how many deep-dive statements were answered on top. */
export function showProgress(data: PageData, draft: Draft, storageWorks: boolean): void {
  const headlines = new Map(data.modes.map((m) => [m.id, m.headline]));
  const quick = data.modes.filter((m) => draft.answers[m.id]?.[String(m.headline)] !== undefined).length;
  let deeper = 0;
  for (const [id, byQuestion] of Object.entries(draft.answers))
    deeper += Object.keys(byQuestion).filter((i) => Number(i) !== headlines.get(id)).length;
  $<HTMLProgressElement>('#progress').value = quick;
  const { locale, assess } = data.words;
  const words = assess.form;
  const total = data.modes.length;
  $('#progress-text').textContent = [
    quick === total
      ? plural(locale, quick, words.progressDone)
      : fill(locale, words.progress, { answered: quick, total }),
    ...(deeper > 0 ? [fill(locale, words.deeper, { n: deeper })] : []),
    ...(storageWorks ? [] : [words.notSaved]),
  ].join(' ');
}
