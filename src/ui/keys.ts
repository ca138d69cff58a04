/** Keyboard rules the slide views share. */

/** Where a key must keep its ordinary meaning: typing in a text field or choosing from a list. */
export function isTextEntry(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable) return true;
  return (
    el.tagName === 'INPUT' &&
    !['radio', 'checkbox', 'button', 'range'].includes((el as HTMLInputElement).type)
  );
}
