/**
 * Dragging a chapter by its handle (mouse, pen or finger): the item follows the pointer among its
 * siblings, and the new order is kept only when the pointer is let go over the list. Let go
 * anywhere else, cancelled by the browser, or stopped with Escape, the item goes back where it was,
 * so what the list shows is always the order the handbook has.
 */

/** Called with the item's place before and after a drag that ended over the list; `to === from` when it ends where it began. */
type Dropped = (from: number, to: number) => void;
/** Called when a drag is abandoned; it draws the list again in the order the handbook has. */
type Cancelled = (from: number) => void;

export function enableChapterDrag(list: HTMLOListElement, dropped: Dropped, cancelled: Cancelled): void {
  let dragging: { item: HTMLLIElement; handle: Element; from: number; pointer: number } | undefined;

  const items = () => [...list.querySelectorAll<HTMLLIElement>('li[data-index]')];
  const overList = (x: number, y: number) => {
    const box = list.getBoundingClientRect();
    return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  };
  const finish = (keep: boolean) => {
    if (!dragging) return;
    const { item, handle, from, pointer } = dragging;
    dragging = undefined;
    item.classList.remove('dragging');
    if (handle.hasPointerCapture(pointer)) handle.releasePointerCapture(pointer);
    if (keep) dropped(from, items().indexOf(item));
    else cancelled(from);
  };

  list.addEventListener('pointerdown', (event) => {
    const handle = (event.target as Element).closest('.handle');
    const item = handle?.closest<HTMLLIElement>('li[data-index]');
    if (!handle || !item || dragging) return;
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    dragging = { item, handle, from: Number(item.dataset.index), pointer: event.pointerId };
    item.classList.add('dragging');
  });
  list.addEventListener('pointermove', (event) => {
    if (!dragging || !overList(event.clientX, event.clientY)) return;
    const all = items();
    const over = all.find((li) => {
      const box = li.getBoundingClientRect();
      return event.clientY >= box.top && event.clientY <= box.bottom;
    });
    if (!over || over === dragging.item) return;
    // The chapters passed over move, not the dragged one: moving the element that holds the pointer
    // capture would end the capture, and a pointer let go outside the list would go unnoticed.
    const [at, to] = [all.indexOf(dragging.item), all.indexOf(over)];
    if (to < at) dragging.item.after(...all.slice(to, at));
    else dragging.item.before(...all.slice(at + 1, to + 1));
  });
  // Listened for on the document, so a pointer let go anywhere ends the drag.
  document.addEventListener('pointerup', (event) => finish(overList(event.clientX, event.clientY)));
  document.addEventListener('pointercancel', () => finish(false));
  // Capture lost without a pointerup (the window lost focus): nothing is kept.
  document.addEventListener('lostpointercapture', () => finish(false));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && dragging) finish(false);
  });
}
