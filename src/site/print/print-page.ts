/**
 * /print/'s one script: numbers the contents for the paper chosen on screen (by default the one the
 * reader's language region uses) and sets that paper for the print, so the numbers are the pages.
 * Without it the page still prints, with an unnumbered contents.
 */
import { paperForLocale, type PaperSize } from '../../schemas/paper.ts';
import { addPageNumberSlots, fillPageNumbers, measurePages } from './contents-pages.ts';

const pageSize = document.head.appendChild(document.createElement('style'));
const choices = [...document.querySelectorAll<HTMLInputElement>('input[name="paper"]')];
const printButton = document.querySelector<HTMLButtonElement>('#print-now');
let latest = 0;

function guessPaper(): PaperSize {
  try {
    return paperForLocale(navigator.language);
  } catch {
    return 'A4';
  }
}

async function usePaper(paper: PaperSize): Promise<void> {
  const run = ++latest;
  pageSize.textContent = `@page { size: ${paper === 'Letter' ? 'letter' : 'A4'}; }`;
  if (printButton) printButton.disabled = true;
  addPageNumberSlots(document);
  const pages = await measurePages(document, paper);
  // A later choice overtook this one: its numbers are the ones to print.
  if (run !== latest) return;
  fillPageNumbers(document, pages);
  if (printButton) printButton.disabled = false;
}

const initial = guessPaper();
for (const choice of choices) {
  choice.checked = choice.value === initial;
  choice.addEventListener('change', () => void usePaper(choice.value as PaperSize));
}
printButton?.addEventListener('click', () => window.print());
for (const hidden of document.querySelectorAll<HTMLElement>('.needs-script')) hidden.hidden = false;
void usePaper(initial);
