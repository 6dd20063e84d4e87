/**
 * The checks that need every field valid first: what only the whole config shows (the outputs it
 * asks for), and the company's own words read against the library and its own priorities.
 */
import type { HandbookConfig } from '../../../schemas/handbook-config.ts';
import { renderCompanyMarkdown } from '../../handbook/company-markdown.ts';
import { LAST_YEAR, planEndsInTime } from '../../handbook/schedule.ts';
import { suggest } from '../../did-you-mean.ts';
import type { Library } from '../../library/library.ts';
import type { Problem } from '../../problems.ts';
import type { Locate } from './fields.ts';

/**
 * What only the whole config shows, once every field is valid on its own: the outputs `generate`
 * could not make from it. Checked here so that `playbook validate`, `generate` and the builder
 * refuse the same configs, with the field to change.
 */
export function checkWholeConfig(file: string, config: HandbookConfig, at: Locate): Problem[] {
  const problems: Problem[] = [];
  const start = config.training?.start;
  if (config.output.formats.includes('ics') && !start) {
    problems.push({
      file,
      ...at(['output', 'formats']),
      message:
        'training-plan.ics needs the first session\'s date: add it as "training: { start: 2025-09-08 }", or take ics out of the formats',
    });
  }
  if (start && !planEndsInTime(start, config.training!.cadence, config.priorities.length)) {
    const n = config.priorities.length;
    problems.push({
      file,
      ...at(['training', 'start']),
      message: `the training plan (${n} session${n === 1 ? '' : 's'} and ${n === 1 ? 'its refresher' : 'their refreshers'}) runs past the year ${LAST_YEAR}; choose an earlier first session`,
    });
  }
  return problems;
}

/**
 * The company's own words against the library and its own priorities: notes only for chapters of
 * this handbook, plays left out that the chapter has, own plays given to known roles, own chapters
 * placed after a chapter of this handbook under ids of their own, and every piece of Markdown
 * printable as written (its problems at their lines in the file).
 */
export function checkOwnWords(file: string, config: HandbookConfig, library: Library, at: Locate): Problem[] {
  const problems: Problem[] = [];
  const chosen = new Set(config.priorities);
  const roleIds = library.roles.map((r) => r.id);
  const checkRole = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !roleIds.includes(id)) {
      problems.push({
        file,
        ...at(path),
        message: `unknown role "${id}"${suggest(id, roleIds)}; \`playbook list --roles\` shows them`,
      });
    }
  };
  const checkMarkdown = (text: string | undefined, path: (string | number)[]) => {
    if (text === undefined) return;
    const base = at(path);
    // A block scalar's text starts on the line after its key.
    const first = base.line !== undefined ? base.line + 1 : undefined;
    for (const p of renderCompanyMarkdown(text, path.join('.'), { target: 'html', headingDepth: 2 })
      .problems) {
      problems.push({
        file,
        field: base.field,
        ...(first !== undefined && p.line !== undefined
          ? { line: first + p.line - 1 }
          : base.line !== undefined
            ? { line: base.line }
            : {}),
        message: p.message,
      });
    }
  };
  for (const [id, words] of Object.entries(config.chapters)) {
    const mode = library.modes.find((m) => m.id === id);
    if (!chosen.has(id)) {
      problems.push({
        file,
        ...at(['chapters', id]),
        message: `"${id}" is not one of this handbook's chapters; add it to priorities, or remove these words${suggest(id, config.priorities)}`,
      });
      continue;
    }
    const playIds = mode?.plays.map((p) => p.id) ?? [];
    words.skip.forEach((playId, i) => {
      if (!playIds.includes(playId)) {
        problems.push({
          file,
          ...at(['chapters', id, 'skip', i]),
          message: `the chapter has no play "${playId}"${suggest(playId, playIds)}; \`playbook list --plays ${id}\` shows its plays`,
        });
      }
    });
    words.plays.forEach((play, i) => {
      checkRole(play.owner, ['chapters', id, 'plays', i, 'owner']);
      checkRole(play.with, ['chapters', id, 'plays', i, 'with']);
    });
    checkMarkdown(words.note, ['chapters', id, 'note']);
    checkMarkdown(words.example, ['chapters', id, 'example']);
  }
  const libraryIds = new Set(library.modes.map((m) => m.id));
  config.own.forEach((chapter, i) => {
    if (libraryIds.has(chapter.id)) {
      problems.push({
        file,
        ...at(['own', i, 'id']),
        message: `"${chapter.id}" is already a failure mode's id; give your chapter an id of its own, e.g. "our-${chapter.id}"`,
      });
    }
    if (chapter.after !== undefined && !chosen.has(chapter.after)) {
      problems.push({
        file,
        ...at(['own', i, 'after']),
        message: `"${chapter.after}" is not one of this handbook's chapters${suggest(chapter.after, config.priorities)}; name a priority, or leave after out to put the chapter last`,
      });
    }
    checkMarkdown(chapter.body, ['own', i, 'body']);
  });
  return problems;
}
