/**
 * A labelled field as the builder's script draws it, the way the page's own fields are written: the
 * label, an optional hint, the control described by the hint and by its problem slot, and the slot
 * (`.messages[data-field]`) where the checker's problems about it show.
 */
import { el } from '../assess/dom.ts';

export interface FieldSpec {
  /** The control's id; the hint and the slot take theirs from it. */
  id: string;
  label: string;
  /** The config field its problems name, and the name the status line gives it. */
  field: string;
  name?: string;
  hint?: string;
  /** Attributes the form reads the control back by (data-…). */
  data?: Record<string, string>;
}

/** The problem slot of a field (or of a group of fields). */
export const messagesFor = (id: string, field: string, name: string) =>
  el('div', { class: 'messages', id: `problem-${id}`, 'data-field': field, 'data-name': name });

function around(spec: FieldSpec, control: HTMLElement): Node[] {
  const hintId = spec.hint ? `${spec.id}-hint` : undefined;
  control.setAttribute('aria-describedby', [hintId, `problem-${spec.id}`].filter(Boolean).join(' '));
  for (const [key, value] of Object.entries(spec.data ?? {})) control.setAttribute(key, value);
  return [
    el('label', { class: 'field', for: spec.id }, spec.label),
    ...(spec.hint ? [el('p', { class: 'meta', id: hintId }, spec.hint)] : []),
    control,
    messagesFor(spec.id, spec.field, spec.name ?? spec.label),
  ];
}

/** A one-line text field. */
export function textField(spec: FieldSpec, value: string): Node[] {
  const input = el('input', { type: 'text', id: spec.id });
  input.value = value;
  return around(spec, input);
}

/** A text box of several lines. */
export function textArea(spec: FieldSpec, value: string, rows: number): Node[] {
  const area = el('textarea', { id: spec.id, rows: String(rows) });
  area.value = value;
  return around(spec, area);
}

/** A choice from a list: `options` as [value, text]; a value not among them joins the list, so nothing loaded is lost. */
export function selectField(
  spec: FieldSpec,
  value: string,
  options: [string, string][],
  unknown: (value: string) => string,
): Node[] {
  const select = el('select', { id: spec.id });
  const all = options.some(([v]) => v === value)
    ? options
    : [...options, [value, unknown(value)] as [string, string]];
  select.append(...all.map(([v, text]) => new Option(text, v)));
  select.value = value;
  return around(spec, select);
}
