/**
 * The builder's checks and its preview, from the same core and renderer as `playbook validate` and
 * `playbook generate`: the form's config data is checked by the config checker, the logo by
 * checkLogoBytes, and the handbook comes from the one handbook model. The downloads (the table of
 * outputs, and config.yaml) are in downloads.ts, loaded on the first download.
 */
import { checkHandbookConfigData, countSentences } from '../../core/config/data-check.ts';
import { buildHandbook, type Handbook } from '../../core/handbook/handbook.ts';
import type { Library } from '../../core/library/library.ts';
import { checkLogoBytes } from '../../core/config/logo.ts';
import type { Problem } from '../../core/problems.ts';
import { buildHandbookDocument } from '../../document/handbook.ts';
import { renderHandbookHtml } from '../../render/handbook-html.ts';
import type { HandbookConfig } from '../../schemas/handbook-config.ts';
import { configData, type BuilderState } from './state.ts';

export { countSentences };

/** The file name problems name: the config the person downloads. */
export const CONFIG_NAME = 'config.yaml';

export interface CheckedState {
  config?: HandbookConfig;
  logo?: Uint8Array;
  problems: Problem[];
  warnings: Problem[];
}

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * Checks the state as `playbook validate` checks the config.yaml it downloads as (the same data, so
 * the same messages; no lines, since the form shows each problem beside its field), logo included.
 */
export function checkState(state: BuilderState, library: Library): CheckedState {
  const checked = checkHandbookConfigData(CONFIG_NAME, configData(state), library);
  const problems = [...checked.problems];
  let logo: Uint8Array | undefined;
  if (state.logo && !problems.some((p) => p.field === 'branding.logo')) {
    logo = decodeBase64(state.logo.base64);
    const problem = checkLogoBytes(state.logo.name, logo);
    if (problem) problems.push({ file: CONFIG_NAME, field: 'branding.logo', message: problem });
  }
  const ok = problems.length === 0 && checked.config;
  return {
    ...(ok ? { config: checked.config } : {}),
    ...(ok && logo ? { logo } : {}),
    problems,
    warnings: checked.warnings,
  };
}

/** The handbook model for a checked config, as `playbook generate` builds it. */
export function buildFromChecked(
  library: Library,
  checked: CheckedState & { config: HandbookConfig },
  logoName?: string,
): Promise<Handbook> {
  return buildHandbook(
    library,
    checked.config,
    checked.logo && logoName ? { logo: checked.logo, logoPath: logoName } : {},
  );
}

/** The preview: handbook.html as `playbook generate` writes it, laid out and rendered here so the first script carries no other format. */
export const renderHtml = (handbook: Handbook) =>
  renderHandbookHtml(handbook, buildHandbookDocument(handbook, { target: 'html' }));
