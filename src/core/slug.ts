/** The one slug for ids we make from user text (calendar UIDs, file names): lowercase ASCII words joined by hyphens. */
export function slugify(text: string, fallback: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || fallback
  );
}
