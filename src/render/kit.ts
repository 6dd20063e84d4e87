/**
 * Kit styles for screen and print. No `@page size`, so the printer's paper wins: the sheet is one
 * column sized for the area A4 and US Letter share, and each card sheet is a fixed 2 x 4 grid of
 * 95 x 62 mm cells that starts on a new page and never breaks, so cards are never cut in two. A
 * card printed a page each (a score sheet) starts on a page of its own, its table ruled to write in.
 */
export const KIT_CSS = `
.kit { max-width: 48rem; margin: 0 auto; line-height: 1.45; overflow-wrap: anywhere; }
.kit h1 { font-size: 1.6rem; margin: 0.1em 0 0.3em; }
.kit h2 { font-size: 1.1rem; margin: 1.1em 0 0.35em; }
.kit h3 { font-size: 0.98rem; margin: 0.7em 0 0.2em; }
.kit ul, .kit ol { padding-inline-start: 1.2em; margin: 0 0 0.5em; }
.kit p { margin: 0 0 0.5em; }
.kit-kicker, .kit-foot, .kit-cut-note { color: var(--muted, #555); font-size: 0.85em; }
.kit-facts { margin: 0.4em 0; }
.kit-fact { display: inline-block; margin: 0 0 0.15em; margin-inline-end: 1.2em; }
.kit-facts dt { font-weight: 700; }
.kit-facts dt::after { content: ":"; }
.kit-facts dd { margin: 0; margin-inline-start: 0.3em; }
.kit-facts dt, .kit-facts dd { display: inline; }
.kit-missing { border: 2px solid var(--accent, #1d5c8c); padding: 0.5em 0.7em; }
.kit-agenda, .kit-decks { border-collapse: collapse; width: 100%; margin: 0.2em 0 0.5em; }
.kit-agenda th, .kit-agenda td, .kit-decks th, .kit-decks td { text-align: start; vertical-align: top; padding: 0.25em 0; padding-inline-end: 0.5em; border-bottom: 1px solid var(--border, #ccc); overflow-wrap: break-word; }
.kit-clock, .kit-minutes { white-space: nowrap; font-variant-numeric: tabular-nums; }
.kit-point { font-weight: 700; }
.kit-foot { border-top: 1px solid var(--border, #ccc); margin-top: 0.8em; padding-top: 0.3em; }
.kit .kit-card-sheet { list-style: none; padding: 0; margin: 0 0 0.75rem; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr)); }
.kit-card { border: 1px dashed currentColor; padding: 0.6rem 0.75rem; display: flex; flex-direction: column; }
.kit .kit-card-deck, .kit .kit-card-mode { color: var(--muted, #555); font-size: 0.78em; margin: 0 0 0.3em; }
.kit .kit-card-mode { margin: auto 0 0; padding-top: 0.3em; }
.kit .kit-card-title { margin: 0 0 0.25em; font-size: 1em; }
.kit .kit-card-table { display: table; max-width: none; border-collapse: collapse; width: 100%; margin: 0 0 0.4em; font-size: 0.92em; }
/* A column is never narrower than its longest word ("Replacements" once broke before its "s"); a
   word longer than the card is wide still wraps, as everywhere. */
.kit-card-table th, .kit-card-table td { border: 1px solid currentColor; padding: 0.15em 0.35em; text-align: start; vertical-align: top; overflow-wrap: break-word; }
.kit-full-page { border: 1px solid var(--border, #ccc); padding: 0.75rem; margin: 0 0 0.75rem; }
.kit-full-page .kit-card-table td { height: 2.2em; }
.kit-full-page .kit-card-table tbody th { width: 28%; }
@media print {
  @page { margin: 10mm; }
  .kit { max-width: none; font-size: 9.2pt; line-height: 1.32; color: #000; }
  .kit h1 { font-size: 15pt; }
  .kit h2 { font-size: 11pt; margin-top: 0.7em; break-after: avoid; }
  .kit h3 { font-size: 9.6pt; margin-top: 0.5em; break-after: avoid; }
  .kit li, .kit-agenda tr, .kit-decks tr { break-inside: avoid; }
  .kit-cards > h2, .kit-cut-note { display: none; }
  /* Centred on the page whatever its container's padding: 190 mm is all A4 leaves inside 10 mm
     margins. (".kit ul" once gave it a list's left padding, which pushed the grid 9 mm right.) */
  .kit .kit-card-sheet { padding: 0; break-before: page; break-inside: avoid; width: 190mm; gap: 0; grid-template-columns: 95mm 95mm; grid-template-rows: repeat(4, 62mm); margin: 0 calc((100% - 190mm) / 2); }
  /* Neighbouring cells share one cut line: each card draws its bottom edge and the one where its line
     ends (right, or left in a right-to-left kit), the first row and column also their top and the
     edge where a line starts, so an empty cell on the last sheet has no lines. */
  .kit .kit-card-sheet > li { margin: 0; }
  .kit-card { box-sizing: border-box; height: 62mm; overflow: hidden; padding: 3.5mm 4mm; border: 0 dashed #000; border-block-end-width: 0.3mm; border-inline-end-width: 0.3mm; break-inside: avoid; }
  .kit-card:nth-child(-n + 2) { border-top-width: 0.3mm; }
  .kit-card:nth-child(odd) { border-inline-start-width: 0.3mm; }
  .kit-card-m { font-size: 10pt; }
  .kit-card-s { font-size: 8.6pt; }
  .kit-card-xs { font-size: 7.4pt; line-height: 1.25; }
  .kit-card-table th, .kit-card-table td { border-width: 0.25mm; padding: 0.4mm 1mm; }
  .kit-full-page { break-before: page; break-inside: avoid; border: 0; padding: 0; margin: 0; font-size: 11pt; }
  .kit-full-page .kit-card-title { font-size: 14pt; }
  .kit-full-page .kit-card-table { font-size: 10pt; }
  .kit-full-page .kit-card-table td, .kit-full-page .kit-card-table tbody th { height: 12mm; }
  /* As on handouts (src/render/handout.ts): hyphens where the browser has the language's dictionary. */
  .kit:lang(de), .kit:lang(es) { hyphens: auto; }
  .kit :is(h1, h2, h3, a, bdi) { hyphens: manual; }
}
`;
