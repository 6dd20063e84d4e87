/** The notes the builder writes beside its fields: the colour actually used, the logo, and each problem. */
import type { Problem } from '../../core/problems.ts';
import { accessibleAccent, contrastRatio } from '../../render/contrast.ts';
import { el } from '../assess/dom.ts';
import { problemForTheForm } from './form-wording.ts';
import type { BuilderState } from './state.ts';

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

export function showAccent(accent: string): void {
  const used = accessibleAccent(/^#[0-9a-f]{6}$/i.test(accent) ? accent : '#1f5f8b');
  $('#accent-swatch').style.background = used;
  const ratio = contrastRatio(used, '#ffffff').toFixed(1);
  $('#accent-text').textContent = used.toLowerCase() === accent.toLowerCase() ? `Used as chosen: ${used}, contrast ${ratio}:1 on white.` : `Too light to read on white, so the handbook uses ${used} (contrast ${ratio}:1).`;
}

export function showLogo(state: BuilderState): void {
  $('#logo-note').textContent = state.logo ? `Logo: ${state.logo.name}. Keep this file beside config.yaml if you use the command line.` : 'No logo.';
  $('#logo-remove').hidden = !state.logo;
}

/** What the form shows of a check: whether any problem is marked, and the fields whose problems wait. */
export interface ShownProblems {
  marked: boolean;
  /** Names of the fields with problems not shown yet, in the form's order. */
  stillToFill: string[];
}

/**
 * Each problem beside its field (the longest field name that matches); the rest in a list at the top.
 * A field's problems show only once `shown(field)` says so, so a blank form is not marked wrong
 * before anything is typed.
 */
export function showProblems(problems: Problem[], warnings: Problem[], fromUpload: boolean, shown: (field: string) => boolean = () => true): ShownProblems {
  const slots = [...document.querySelectorAll<HTMLElement>('.problem[data-field]')];
  for (const slot of slots) slot.textContent = '';
  const general: string[] = [];
  const waiting = new Set<HTMLElement>();
  let marked = false;
  const entries = [...problems.map((p) => ({ p, note: false })), ...warnings.map((w) => ({ p: { ...w, message: `Note: ${w.message}` }, note: true }))];
  for (const { p, note } of entries) {
    const message = problemForTheForm(p.message);
    const text = fromUpload && p.line ? `${message} (${p.file}, line ${p.line})` : message;
    const field = p.field ?? '';
    const slot = slots
      .filter((s) => field === s.dataset.field || field.startsWith(`${s.dataset.field}.`))
      .sort((a, b) => b.dataset.field!.length - a.dataset.field!.length)[0];
    if (slot && !shown(slot.dataset.field!)) {
      if (!note) waiting.add(slot);
      continue;
    }
    if (slot) slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
    else general.push(field ? `${field}: ${text}` : text);
    marked ||= !note;
  }
  $('#general-problems').replaceChildren(...(general.length > 0 ? [el('ul', {}, ...general.map((g) => el('li', { class: 'problem' }, g)))] : []));
  return { marked, stillToFill: slots.filter((s) => waiting.has(s)).map((s) => s.dataset.name ?? s.dataset.field!) };
}
