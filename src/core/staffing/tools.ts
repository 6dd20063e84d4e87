/** Site tools that help with a failure mode, by mode id: the mode page shows a link to them. */
export interface ModeTool {
  /** Path of the tool under the site base, e.g. `tools/staffing/`. */
  path: string;
  title: string;
  /** One sentence on what the tool answers for this mode. */
  pitch: string;
}

const STAFFING_PATH = 'tools/staffing/';

export const MODE_TOOLS: Readonly<Record<string, ModeTool>> = {
  understaffing: {
    path: STAFFING_PATH,
    title: 'Staffing calculator',
    pitch:
      'Enter your volumes, handle time and promise, and see how many people it takes on the phones and on the rota, hour by hour.',
  },
  'yesterdays-response-standards': {
    path: STAFFING_PATH,
    title: 'Staffing calculator',
    pitch:
      'Before you tighten a response standard, see how many people the new promise takes, and how long customers wait with the team you have.',
  },
};

/** The tool for a mode, if it has one. */
export function toolForMode(modeId: string): ModeTool | undefined {
  return Object.hasOwn(MODE_TOOLS, modeId) ? MODE_TOOLS[modeId] : undefined;
}
