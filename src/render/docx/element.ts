import { ImportedXmlComponent } from 'docx';

/**
 * A WordprocessingML element the docx package has no class for, written as Word writes it. Only
 * our own constant names and values go in here; text from the tree goes through the package's
 * runs (inline.ts), which escape it.
 */
export function element(
  name: string,
  attributes: Record<string, string> = {},
  ...children: (ImportedXmlComponent | string)[]
): ImportedXmlComponent {
  const node = new ImportedXmlComponent(name, attributes);
  for (const child of children) node.push(child);
  return node;
}
