/**
 * The results part of the /assess/ page, loaded the first time someone asks for results: scoring,
 * the choice among a tie at the handbook's cut, the go-deeper offer, the answer code, the builder
 * link and the config download. The first visit's script only shows and saves the questionnaire.
 */
import {
  scoreRespondent,
  signsWithoutRating,
  type ModeNeed,
  type RespondentResult,
} from '../../core/assessment/score.ts';
import { chooseChapters, type ChapterChoice } from '../../core/assessment/ties.ts';
import type { ConfigOptionsFor } from './assess-page.ts';
import { download } from './dom.ts';
import { asAnswers, type Draft } from './draft.ts';
import { $, type ViewData } from './page-data.ts';
import { deeperCandidates, linkToBuilder, renderResults, showShare } from './results-view.ts';
import { createTieChoice } from './tie-choice.ts';

/** What the results need from the page. */
export interface ResultsHost {
  data: ViewData;
  form: HTMLFormElement;
  kept: Pick<Draft, 'deeper'>;
  current: () => Draft;
  update: () => void;
  topCount: () => number;
  configOptions: ConfigOptionsFor;
}

export interface ResultsView {
  /** Shows the results for the draft: summary, ranking, tie choice, go-deeper offer, code and builder link. */
  render(draft: Draft): void;
  /** Opens the deep dive on the modes offered, and moves focus to its first statement. */
  goDeeper(): void;
  downloadConfig(): Promise<void>;
}

const note = (text: string) => ($('#results-note').textContent = text);

export function createResultsView(host: ResultsHost): ResultsView {
  const { data, form, kept, current, update } = host;
  const w = data.words;
  const words = w.assess.results;
  const tie = createTieChoice(w, $('#tie-choice'), 'tie', () => update());
  const chaptersFor = (result: RespondentResult): ChapterChoice<ModeNeed> =>
    chooseChapters(result.ranking, host.topCount(), tie.chosen);
  return {
    render(draft) {
      const answers = asAnswers(draft);
      const result = scoreRespondent(data, answers);
      const choice = chaptersFor(result);
      renderResults(data, result, choice, signsWithoutRating(data, answers));
      tie.show(choice, words.tieWhy);
      linkToBuilder($<HTMLAnchorElement>('#build-link'), choice.chapters, draft.company);
      showShare(data, draft);
    },
    goDeeper() {
      const candidates = deeperCandidates(chaptersFor(scoreRespondent(data, asAnswers(current()))));
      if (candidates.length === 0) return;
      kept.deeper = [...new Set([...kept.deeper, ...candidates.map((m) => m.id)])];
      update();
      const deeper = (id: string) => form.querySelector(`[data-deeper="${CSS.escape(id)}"]`);
      for (const m of candidates) deeper(m.id)!.querySelector('details')!.open = true;
      deeper(candidates[0]!.id)?.querySelector('input')?.focus();
    },
    async downloadConfig() {
      const draft = current();
      const result = scoreRespondent(data, asAnswers(draft));
      if (result.ranking.length === 0) return void note(words.rateFirst);
      if (chaptersFor(result).chapters.length === 0) return void note(words.tickFirst);
      const { buildConfigYaml, withCompanyNote } = await import('../../core/assessment/config.ts');
      download(
        'handbook.yaml',
        buildConfigYaml(w, result.ranking, {
          ...host.configOptions(draft.company, words.basis),
          fromTie: [...tie.chosen],
        }),
        'application/yaml',
      );
      note(withCompanyNote(w, words.downloaded, words.companyName, draft.company));
    },
  };
}
