/**
 * The renderers as a test calls them most: from a handbook model or a mode, laid out here first,
 * as `playbook generate` does through the table of outputs (src/render/outputs.ts).
 */
import type { Handbook } from '../../src/core/handbook/model.ts';
import type { FailureMode } from '../../src/core/library/library.ts';
import { buildHandbookDocument, type HandbookDocumentOptions } from '../../src/document/handbook.ts';
import { buildHandoutDocument } from '../../src/document/handout.ts';
import { buildKit } from '../../src/document/kit.ts';
import { renderHandbookHtml } from '../../src/render/handbook-html.ts';
import { renderHandbookMarkdown } from '../../src/render/handbook-markdown.ts';
import { renderHandoutHtml } from '../../src/render/handouts.ts';
import { renderKitHtml } from '../../src/render/kits.ts';

/** The fixture libraries' role names (each fixture library's roles.yaml), enough for a handout of any of them. */
const FIXTURE_ROLES = { 'team-leader': 'Team leader', manager: 'Manager' };

export const handbookHtml = (handbook: Handbook, options: Omit<HandbookDocumentOptions, 'target'> = {}) =>
  renderHandbookHtml(handbook, buildHandbookDocument(handbook, { ...options, target: 'html' }));
export const handbookMarkdown = (handbook: Handbook) =>
  renderHandbookMarkdown(buildHandbookDocument(handbook, { target: 'markdown' }));
export const handoutHtml = (
  mode: FailureMode,
  options: { company: string; accent: string; siteUrl?: string },
  roles: Record<string, string> = FIXTURE_ROLES,
) => renderHandoutHtml(buildHandoutDocument(mode, { titles: roles }), mode, options);
export const kitHtml = (mode: FailureMode, options: { company: string; accent: string }) =>
  renderKitHtml(buildKit(mode, { companyName: options.company }), mode, options);
