/**
 * Fonts for Arabic text, in a module of its own, free of imports: the handbook's HTML (which the
 * builder's preview loads up front) needs them without the other renderers.
 *
 * An Arabic typeface comes first in the stack because the fonts after it are chosen for Latin text,
 * and DejaVu Sans (what `system-ui` and "sans-serif" mean on most Linux machines, and so in our
 * PDFs) also has Arabic letters, drawn too plainly for a printed page. Noto Sans Arabic UI is what
 * scripts/ensure-browser.mjs installs (Debian's fonts-noto-ui-core); Windows and macOS have Segoe UI
 * and Geeza Pro. A part in English inside an Arabic document (`lang="en"`, a page not translated
 * yet) keeps the Latin stack it would have in an English one.
 */
export const ARABIC_CSS = `
:lang(ar) { font-family: "Noto Sans Arabic UI", "Noto Sans Arabic", "Segoe UI", "Geeza Pro", Tahoma, "DejaVu Sans", sans-serif; }
:lang(ar) :lang(en) { font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
`;
