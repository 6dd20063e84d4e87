/**
 * The builder's checks and its preview, from the same core and renderer as `playbook validate` and
 * `playbook generate`: the form's config data is checked by the config checker, the logo by
 * checkLogoBytes, and the handbook comes from the one handbook model. The downloads (the table of
 * outputs, and config.yaml) are in downloads.ts, loaded on the first download.
 */
import { checkHandbookConfigData } from '../../core/config/data-check.ts';
import { countSentences } from '../../core/config/data-check/notes.ts';
import { buildHandbook } from '../../core/handbook/handbook.ts';
import type { Handbook } from '../../core/handbook/model.ts';
import type { Library } from '../../core/library/library.ts';
import { checkLogoBytes } from '../../core/config/logo.ts';
import type { Problem } from '../../core/problems.ts';
import { buildHandbookDocument } from '../../document/handbook.ts';
import { renderHandbookHtml } from '../../render/handbook-html.ts';
import { renderCompanyMarkdown } from '../../core/handbook/company-markdown.ts';
import type { HandbookConfig } from '../../schemas/handbook-config.ts';
import { configData, type BuilderState } from './state.ts';
import type { FormProblem } from './form-wording.ts';

export { countSentences };

/** The file name problems name: the config the person downloads. */
export const CONFIG_NAME = 'config.yaml';

export interface CheckedState {
  config?: HandbookConfig;
  logo?: Uint8Array;
  problems: FormProblem[];
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
  const data = configData(state);
  const checked = checkHandbookConfigData(CONFIG_NAME, data, library);
  const problems = withTextLines(checked.problems, data);
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

/** Where a field of Markdown is in config data: a chapter's note or example, or the text of a chapter of one's own. */
const MARKDOWN_FIELD = /^(?:chapters\.[^.]+\.(?:note|example)|own\.\d+\.body)$/;

/**
 * Each problem in a box of Markdown with its line in that box: the checker names the line in a
 * config file, and the form has none; the same renderer run on the box's text gives the same
 * problems in the same order, with their lines.
 */
function withTextLines(problems: Problem[], data: Record<string, unknown>): FormProblem[] {
  const found = new Map<string, { line?: number; message: string }[]>();
  return problems.map((problem) => {
    const field = problem.field ?? '';
    if (!MARKDOWN_FIELD.test(field)) return problem;
    if (!found.has(field)) found.set(field, markdownProblems(field, data));
    // Matched by message: the schema's own problems with the box (too long, say) have no line in it.
    const list = found.get(field)!;
    const at = list.findIndex((p) => p.message === problem.message);
    if (at < 0) return problem;
    const line = list.splice(at, 1)[0]!.line;
    return line ? { ...problem, textLine: line } : problem;
  });
}

/** The renderer's problems with a box of Markdown, their lines counted in the box as typed (before the checker trims it). */
function markdownProblems(
  field: string,
  data: Record<string, unknown>,
): { line?: number; message: string }[] {
  const text = field
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], data);
  if (typeof text !== 'string') return [];
  const typed = text.replace(/\r\n?/g, '\n');
  const trimmed = typed.trim();
  const before = typed.slice(0, typed.length - typed.trimStart().length).split('\n').length - 1;
  return renderCompanyMarkdown(trimmed, field, { target: 'html', headingDepth: 2 }).problems.map((p) => ({
    message: p.message,
    ...(p.line ? { line: p.line + before } : {}),
  }));
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
