/** The list of failure modes' filters (src/pages/[...lang]/modes/index.astro). */
// Without JavaScript the form stays hidden and the page is a plain list of every mode.
const form = document.querySelector<HTMLFormElement>('#mode-filters')!;
const status = document.querySelector<HTMLElement>('#filter-status')!;
// The page's sentences, filled but for {shown} (src/i18n/format.ts is not imported, so this script stays inline).
const statusWords = JSON.parse(status.dataset.words!) as { locale: string; all: string; some: string };
const count = new Intl.NumberFormat(statusWords.locale);
const items = [...document.querySelectorAll<HTMLLIElement>('#mode-list > li')];
form.hidden = false;
const checked = (name: string) =>
  [...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((i) => i.value);
const apply = () => {
  const categories = checked('category');
  const audiences = checked('audience');
  let shown = 0;
  for (const item of items) {
    const matches =
      (categories.length === 0 || categories.includes(item.dataset.category!)) &&
      (audiences.length === 0 || item.dataset.audiences!.split(' ').some((a) => audiences.includes(a)));
    item.hidden = !matches;
    if (matches) shown++;
  }
  status.textContent =
    shown === items.length ? statusWords.all : statusWords.some.replace('{shown}', count.format(shown));
  const params = new URLSearchParams([
    ...categories.map((c) => ['category', c]),
    ...audiences.map((a) => ['audience', a]),
  ]);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
};
// Filters survive a reload or a shared link.
const initial = new URLSearchParams(location.search);
for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
  input.checked = initial.getAll(input.name).includes(input.value);
}
form.addEventListener('change', apply);
apply();

// A module, not a global script: its names stay its own.
export {};
