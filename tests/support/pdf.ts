/** Counts the pages of a PDF as Chromium writes it: one `/Type /Page` object per page. */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
