/**
 * The live preview: the handbook shown in a frame, updated in place. A change of structure (chapters,
 * colour, dates, a row added) renders the template (preview-template.ts) and swaps the frame's
 * document without reloading it; a change of text alone refills only the text nodes and attributes
 * that show that text. Either way the frame's document equals the handbook.html a download gives
 * (tests/e2e/build.test.ts compares them), and it is what "Print" prints. The frame follows the
 * part of the form being edited: `follow` scrolls it to that part of the handbook.
 */
import { pageWords } from './page-words.ts';
import { el } from '../assess/dom.ts';
import { fillMarkers, hasMarker, markersIn, previewTemplate } from './preview-template.ts';
import type { HandbookConfig } from '../../schemas/handbook-config.ts';

/** A text node or attribute that shows company text, with the marked text it was rendered with. */
type Slot =
  | { node: Text; marked: string; uses: number[] }
  | { element: Element; name: string; marked: string; uses: number[] };

export interface PreviewSource {
  config: HandbookConfig;
  /** Identifies the logo (its name and bytes), which changes the structure when it changes. */
  logoKey: string;
  /** Renders a config (with its logo) as handbook.html. */
  render: (config: HandbookConfig) => Promise<string>;
}

export function mountPreview(slot: HTMLElement) {
  let frame: HTMLIFrameElement | undefined;
  let shownKey: string | undefined;
  let fills: string[] = [];
  let slots: Slot[] = [];

  let ready: Promise<Document> | undefined;
  /** The handbook part the form's focus is in, and the one the frame last scrolled to. */
  let wanted: string | undefined;
  let followed: string | undefined;

  /** Scrolls the frame to the wanted part once, when it is not there already; false when it did not scroll. */
  const scrollToWanted = (): boolean => {
    const doc = frame?.contentDocument;
    const view = doc?.defaultView;
    if (!doc || !view || !wanted || wanted === followed) return false;
    const target =
      doc.getElementById(wanted) ?? (wanted.startsWith('chapter-') ? doc.getElementById('contents') : null);
    if (!target) return false;
    // Scrolled by the frame's own window: scrollIntoView would scroll the page around the frame too.
    view.scrollTo(0, target.getBoundingClientRect().top + view.scrollY);
    followed = wanted;
    return true;
  };

  /** Made on the first preview, not before: an empty frame would be one more thing to announce and print. */
  const frameDocument = (): Promise<Document> =>
    (ready ??= new Promise<Document>((done) => {
      // An empty standards-mode document to start from; every handbook is then put into it in place.
      const made = el('iframe', {
        id: 'preview',
        title: pageWords().builder.preview.frameTitle,
        sandbox: 'allow-same-origin allow-modals',
        srcdoc: '<!DOCTYPE html><html><head></head><body></body></html>',
      }) as HTMLIFrameElement;
      made.addEventListener('load', () => done(made.contentDocument!), { once: true });
      slot.replaceChildren(made);
      frame = made;
    }));

  /** Shows the handbook for `source`; false when a newer call overtook this one while it rendered. */
  const show = async (source: PreviewSource, isCurrent: () => boolean): Promise<boolean> => {
    const template = previewTemplate(source.config);
    const key = `${JSON.stringify(template.config)}\0${source.logoKey}`;
    if (key === shownKey && frame?.contentDocument) {
      refill(template.fills);
      return true;
    }
    // A marker escaped into CSS (a chapter title holding company text, in a running head) cannot be
    // refilled: then the real config is rendered, and every edit renders again.
    let html = await source.render(template.config);
    const refillable = !/\\e00[01] /i.test(html);
    if (!refillable) html = await source.render(source.config);
    const doc = await frameDocument();
    if (!isCurrent()) return false;
    const scroll = doc.defaultView?.scrollY ?? 0;
    const next = new DOMParser().parseFromString(html, 'text/html');
    doc.replaceChild(doc.importNode(next.documentElement, true), doc.documentElement);
    slots = findSlots(doc);
    fills = [];
    refill(template.fills);
    // A chapter moves with the order, so it is followed to its new place; otherwise the reader's place is kept.
    if (wanted?.startsWith('chapter-')) followed = undefined;
    if (!scrollToWanted()) doc.defaultView?.scrollTo(0, scroll);
    shownKey = refillable ? key : undefined;
    return true;
  };

  /** Writes the text of every slot whose markers stand for text that changed. */
  const refill = (next: string[]) => {
    const changed = new Set(next.flatMap((text, i) => (fills[i] === text ? [] : [i])));
    fills = next;
    for (const s of slots) {
      if (!s.uses.some((i) => changed.has(i))) continue;
      const text = fillMarkers(s.marked, fills);
      if ('node' in s) s.node.data = text;
      else s.element.setAttribute(s.name, text);
    }
  };

  /** Shows the handbook part with this id (a chapter's falls back to the contents), once per change of part. */
  const follow = (id: string) => {
    wanted = id;
    scrollToWanted();
  };

  return { show, follow, frame: () => frame };
}

/** Every text node and attribute in the document that holds a marker. */
function findSlots(doc: Document): Slot[] {
  const slots: Slot[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (hasMarker(node.data)) slots.push({ node, marked: node.data, uses: markersIn(node.data) });
  }
  for (const element of doc.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (hasMarker(attribute.value))
        slots.push({
          element,
          name: attribute.name,
          marked: attribute.value,
          uses: markersIn(attribute.value),
        });
    }
  }
  return slots;
}
