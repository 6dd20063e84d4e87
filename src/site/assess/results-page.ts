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
import { $, type PageData } from './page-data.ts';
import { deeperCandidates, linkToBuilder, renderResults, showShare } from './results-view.ts';
import { createTieChoice } from './tie-choice.ts';

/** What the results need from the page. */
export interface ResultsHost {
  data: PageData;
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
  const tie = createTieChoice($('#tie-choice'), 'tie', () => update());
  const chaptersFor = (result: RespondentResult): ChapterChoice<ModeNeed> =>
    chooseChapters(result.ranking, host.topCount(), tie.chosen);
  return {
    render(draft) {
      const answers = asAnswers(draft);
      const result = scoreRespondent(data, answers);
      const choice = chaptersFor(result);
      renderResults(data, result, choice, signsWithoutRating(data, answers));
      tie.show(
        choice,
        'Your answers put none of them ahead of another, so choose the ones to start with, or go deeper on them to tell them apart.',
      );
      linkToBuilder($<HTMLAnchorElement>('#build-link'), choice.chapters, draft.company);
      showShare(data, draft);
    },
    goDeeper() {
      const candidates = deeperCandidates(chaptersFor(scoreRespondent(data, asAnswers(current()))));
      if (candidates.length === 0) return;
      kept.deeper = [...new Set([...kept.deeper, ...candidates.map((m) => m.id)])];
      update();
      for (const m of candidates)
        form.querySelector<HTMLDetailsElement>(`[data-deeper="${CSS.escape(m.id)}"] details`)!.open = true;
      form.querySelector<HTMLElement>(`[data-deeper="${CSS.escape(candidates[0]!.id)}"] input`)?.focus();
    },
    async downloadConfig() {
      const draft = current();
      const result = scoreRespondent(data, asAnswers(draft));
      if (result.ranking.length === 0)
        return void note('Rate at least one statement first: a handbook needs at least one chapter.');
      if (chaptersFor(result).chapters.length === 0)
        return void note(
          'Tick the tied failure modes to start with first: a handbook needs at least one chapter.',
        );
      const { buildConfigYaml, withCompanyNote } = await import('../../core/assessment/config.ts');
      download(
        'handbook.yaml',
        buildConfigYaml(result.ranking, {
          ...host.configOptions(draft.company, 'your answers'),
          fromTie: [...tie.chosen],
        }),
        'application/yaml',
      );
      note(
        withCompanyNote(
          'Downloaded handbook.yaml, your handbook settings: open it in the handbook builder to carry on.',
          'Your company name',
          draft.company,
        ),
      );
    },
  };
}
