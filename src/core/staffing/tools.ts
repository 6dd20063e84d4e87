import { words, type Dictionary } from '../../i18n/index.ts';

/** Site tools that help with a failure mode, by mode id: the mode page shows a link to them. */
export interface ModeTool {
  /** Path of the tool under the site base, e.g. `tools/staffing/`. */
  path: string;
  title: string;
  /** The title as it reads inside a sentence ("Open the staffing calculator"). */
  titleInSentence: string;
  /** One sentence on what the tool answers for this mode. */
  pitch: string;
}

const STAFFING_PATH = 'tools/staffing/';

/** The path of each mode's tool; its title and pitch are the dictionary's (`staffing.title`, `staffing.pitches`). */
export const MODE_TOOLS = {
  understaffing: STAFFING_PATH,
  'yesterdays-response-standards': STAFFING_PATH,
} as const satisfies Record<keyof Dictionary['staffing']['pitches'], string>;

/** The tool for a mode, if it has one, in the dictionary's words. */
export function toolForMode(modeId: string, w: Dictionary = words()): ModeTool | undefined {
  if (!Object.hasOwn(MODE_TOOLS, modeId)) return undefined;
  const id = modeId as keyof typeof MODE_TOOLS;
  return {
    path: MODE_TOOLS[id],
    title: w.staffing.title,
    titleInSentence: w.staffing.titleInSentence,
    pitch: w.staffing.pitches[id],
  };
}
