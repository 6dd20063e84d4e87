/**
 * A worksheet's style sheet in a module of its own, free of imports: the handbook's HTML (which the
 * builder's preview loads up front) needs the styles without the worksheet renderer.
 */
/**
 * The worksheet's styles. No `@page size`, so the printer's paper wins; sized, like the handouts,
 * for the area A4 and US Letter share (210 x 279 mm), which is why one worksheet fits either. The
 * blanks and lines are text for Markdown and Word; here the text is invisible and a rule is drawn.
 */
export const WORKSHEET_CSS = `
.worksheet { max-width: 48rem; margin: 0 auto; line-height: 1.4; overflow-wrap: anywhere; }
.worksheet .kicker { text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted, #555); font-size: 0.85em; margin: 0; }
.worksheet h1, .worksheet h2, .worksheet h3 { font-size: 1.5rem; margin: 0.1em 0 0.3em; }
.worksheet .lede { margin: 0 0 0.4em; }
.worksheet .ws-howto { margin: 0 0 0.6em; }
.ws-fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); column-gap: 1.5em; margin: 0 0 0.5em; }
.ws-field { display: flex; align-items: flex-end; gap: 0.4em; margin: 0; padding-top: 0.55em; }
.ws-field strong { flex: none; max-width: 70%; }
.ws-blank, .ws-rule { display: block; flex: 1; min-width: 3em; overflow: hidden; white-space: nowrap; color: transparent; border-bottom: 1px solid currentColor; border-bottom-color: var(--rule, #666); }
.ws-lines { margin: 0 0 0.5em; }
.ws-label { margin: 0.5em 0 0; }
.ws-line { margin: 0; height: 1.9em; display: flex; align-items: flex-end; }
.worksheet table.ws-table { width: 100%; max-width: none; border-collapse: collapse; margin: 0.5em 0; }
/* A heading wraps between words, never inside one: the empty cells below give way instead. */
.worksheet .ws-table th { overflow-wrap: normal; word-break: normal; }
.worksheet .ws-table th, .worksheet .ws-table td { border: 1px solid var(--rule, #666); padding: 0.15em 0.3em; text-align: start; vertical-align: bottom; font-size: 0.9em; }
.worksheet .ws-table td { height: 1.8em; }
.worksheet .ws-checklist { list-style: none; padding-inline-start: 0; margin: 0.5em 0; }
.worksheet .ws-checklist li + li { margin-top: 0.2em; }
.ws-foot { border-top: 1px solid var(--border, #ccc); margin-top: 0.8em; padding-top: 0.3em; color: var(--muted, #555); font-size: 0.8em; }
@media print {
  .worksheet { max-width: none; font-size: 9pt; line-height: 1.3; color: #000; }
  .worksheet h1, .worksheet h2, .worksheet h3 { font-size: 15pt; }
  /* The site shows wide tables as scrolling blocks; on paper a form's table spans the page, so
     the columns people write in get the room. */
  .worksheet table.ws-table { display: table; }
  .worksheet .ws-table td { height: 7.5mm; }
  .worksheet .ws-line { height: 8mm; }
  .worksheet + .worksheet, .appendix .worksheet { break-before: page; }
  .worksheet .ws-table tr, .ws-field, .ws-line { break-inside: avoid; }
}
`;

/** The page margins of a worksheet printed on its own (the site page, worksheets.html); a handbook keeps its own. */
export const WORKSHEET_PAGE_CSS = `@media print { @page { margin: 12mm 13mm; } }\n`;
