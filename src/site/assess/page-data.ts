import type { AssessmentModel } from '../../core/assessment/score.ts';

/** What the page embeds for its script: the scoring model, links to each mode, and the gap mode's id. */
export interface PageData extends AssessmentModel {
  urls: Record<string, string>;
  gapModeId?: string;
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
