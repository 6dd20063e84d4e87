/**
 * The handbook's printed page margins in millimetres (top, right, bottom, left). Its own module,
 * free of imports, because the browser's contents numbering (src/site/print/contents-pages.ts)
 * needs them without the renderers.
 */
export const PAGE_MARGINS_MM = [18, 17, 20, 17] as const;
