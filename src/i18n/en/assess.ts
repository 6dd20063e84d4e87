/** English words for the self-assessment (/assess/) and its team report: one part of the dictionary src/i18n/en.ts. */
import { assessPage } from './assess/page.ts';
import { assessScores } from './assess/scores.ts';
import { assessForm } from './assess/form.ts';
import { assessResults } from './assess/results.ts';
import { assessTeam } from './assess/team.ts';
import { assessReport } from './assess/report.ts';
import { assessCodes } from './assess/codes.ts';
import { assessConfig } from './assess/config.ts';

/** Composed panel by panel, in the order the keys have always had. */
export const assess = {
  ...assessPage,
  ...assessScores,
  ...assessForm,
  ...assessResults,
  ...assessTeam,
  ...assessReport,
  ...assessCodes,
  ...assessConfig,
};
