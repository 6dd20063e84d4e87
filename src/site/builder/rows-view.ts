/** Editable rows of text fields (other standards, empowerment rows): add, edit, remove. */
import { fill } from '../../i18n/format.ts';
import { pageWords } from './page-words.ts';
import { el } from '../assess/dom.ts';

export interface RowField<K extends string> {
  key: K;
  label: string;
}

/** What a kind of row is called: one row (`{n}` its number), a field of it, and its Remove button. */
export interface RowWords {
  name: string;
  label: string;
  remove: string;
}

/** Renders the rows; each input carries data-row and data-key, read back by readRows. */
export function renderRows<K extends string>(
  container: HTMLElement,
  kind: string,
  fields: RowField<K>[],
  rows: Record<K, string>[],
  called: RowWords,
): void {
  const { locale } = pageWords();
  container.replaceChildren(
    ...rows.map((row, i) => {
      const n = i + 1;
      const name = fill(locale, called.name, { n });
      return el(
        'div',
        { class: 'row', role: 'group', 'aria-label': name },
        ...fields.flatMap((f) => {
          const id = `${kind}-${i}-${f.key}`;
          const input = el('input', {
            type: 'text',
            id,
            'data-row': String(i),
            'data-key': f.key,
            'aria-describedby': `problem-${kind}-${i}`,
          });
          input.value = row[f.key];
          return [
            el('label', { class: 'field', for: id }, fill(locale, called.label, { label: f.label, n })),
            input,
          ];
        }),
        el('div', {
          class: 'messages',
          id: `problem-${kind}-${i}`,
          'data-field': `${kind === 'others' ? 'standards.others' : kind}.${i}`,
          'data-name': name,
        }),
        el(
          'button',
          { type: 'button', class: 'button secondary small', 'data-remove': String(i) },
          fill(locale, called.remove, { n }),
        ),
      );
    }),
  );
}

export function readRows<K extends string>(
  container: HTMLElement,
  fields: RowField<K>[],
): Record<K, string>[] {
  const rows: Record<K, string>[] = [];
  for (const input of container.querySelectorAll<HTMLInputElement>('input[data-row]')) {
    const i = Number(input.dataset.row);
    rows[i] ??= Object.fromEntries(fields.map((f) => [f.key, ''])) as Record<K, string>;
    rows[i]![input.dataset.key as K] = input.value;
  }
  return rows;
}
