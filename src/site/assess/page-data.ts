import type { AssessmentModel } from '../../core/assessment/score.ts';
import type { AssessWords } from '../../core/assessment/words.ts';

/** The words the first script prints (the progress line and its buttons' messages). */
export type FormWords = Pick<AssessWords, 'locale'> & { assess: Pick<AssessWords['assess'], 'form'> };

/**
 * What the page embeds for its first script: the scoring model, links to each mode, the gap mode's
 * id, and the words that script prints. The results and the team view print many more words: they
 * are fetched from `wordsUrl` with their code, so a first visit does not carry them.
 */
export interface PageData extends AssessmentModel {
  urls: Record<string, string>;
  gapModeId?: string;
  words: FormWords;
  /** The words of the results and the team view, as a JSON file written at build time (its name holds its hash). */
  wordsUrl: string;
  /** The modes whose titles are still English on a page in another language, so the views mark them lang="en". */
  inEnglish?: string[];
}

/** What the results and the team view work with: the page's data with every word the scripts print. */
export type ViewData = Omit<PageData, 'words'> & { words: AssessWords };

let viewData: Promise<ViewData> | undefined;

/** The page's data with all its words, fetched once, on first use. */
export function loadViewData(data: PageData): Promise<ViewData> {
  viewData ??= fetch(data.wordsUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${data.wordsUrl}: ${response.status}`);
      return response.json() as Promise<AssessWords>;
    })
    .then((words) => ({ ...data, words }));
  // A failed fetch (the connection dropped) is tried again on the next use.
  viewData.catch(() => (viewData = undefined));
  return viewData;
}

export const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

/** Copies text to the clipboard; false when the browser refuses (then the text is selected for the person to copy). */
export async function copyText(text: string, fallback?: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback?.select();
    return false;
  }
}
