/**
 * The builder's checks and outputs, from the same core and renderers as `playbook validate` and
 * `playbook generate`: the form's config YAML is checked by checkHandbookConfig, the logo by
 * checkLogoBytes, and the files come from the one handbook model.
 */
import { checkHandbookConfig, countSentences } from '../../core/config-check.ts';
import { buildHandbook, type Handbook } from '../../core/handbook.ts';
import type { Library } from '../../core/library.ts';
import { checkLogoBytes } from '../../core/logo.ts';
import type { Problem } from '../../core/problems.ts';
import { renderHandbookHtml } from '../../render/handbook-html.ts';
import { renderHandbookMarkdown } from '../../render/handbook-markdown.ts';
import { renderHandbookCalendar, renderHandbookHandouts } from '../../render/handbook-outputs.ts';
import type { HandbookConfig } from '../../schemas/handbook-config.ts';
import { configYaml, type BuilderState } from './state.ts';

export { countSentences };

/** The file name problems name: the config the person downloads. */
export const CONFIG_NAME = 'config.yaml';

export interface CheckedState {
  yaml: string;
  config?: HandbookConfig;
  logo?: Uint8Array;
  problems: Problem[];
  warnings: Problem[];
}

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Writes the state as config YAML and checks it exactly as `playbook validate` would, logo included. */
export function checkState(state: BuilderState, library: Library, titles: ReadonlyMap<string, string>): CheckedState {
  const yaml = configYaml(state, titles);
  const checked = checkHandbookConfig({ path: CONFIG_NAME, text: yaml }, library);
  const problems = [...checked.problems];
  let logo: Uint8Array | undefined;
  if (state.logo && !problems.some((p) => p.field === 'branding.logo')) {
    logo = decodeBase64(state.logo.base64);
    const problem = checkLogoBytes(state.logo.name, logo);
    if (problem) problems.push({ file: CONFIG_NAME, field: 'branding.logo', message: problem });
  }
  const ok = problems.length === 0 && checked.config;
  return { yaml, ...(ok ? { config: checked.config } : {}), ...(ok && logo ? { logo } : {}), problems, warnings: checked.warnings };
}

/** The handbook model for a checked config, as `playbook generate` builds it. */
export function buildFromChecked(library: Library, checked: CheckedState & { config: HandbookConfig }, logoName?: string): Promise<Handbook> {
  return buildHandbook(library, checked.config, checked.logo && logoName ? { logo: checked.logo, logoPath: logoName } : {});
}

export const renderHtml = (handbook: Handbook) => renderHandbookHtml(handbook);
export const renderMarkdown = (handbook: Handbook) => renderHandbookMarkdown(handbook);
export const renderCalendar = (handbook: Handbook, config: HandbookConfig) => renderHandbookCalendar(handbook, config);
export const renderHandouts = (handbook: Handbook, config: HandbookConfig) => renderHandbookHandouts(handbook, config);
