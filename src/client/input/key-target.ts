// Anything a keyboard user of the DOM overlay may be typing in or moving through with arrow keys.
const OWN_KEYS =
  'input, select, textarea, button, a[href], [contenteditable]:not([contenteditable="false"]), dialog, ' +
  '[role="dialog"], [role="alertdialog"], [role="menu"], [role="menubar"], [role="listbox"], [role="tablist"], ' +
  '[role="slider"], [role="spinbutton"], [role="textbox"], [role="combobox"], [role="radiogroup"], [role="tree"], [role="grid"]'

/**
 * Whether a key event's target should walk the visitor: only when the canvas (or what wraps it) or the
 * page body has focus, never when focus is in a form control, link, dialog or menu of the DOM overlay.
 */
export function acceptsWalkKeys(target: EventTarget | null, canvas: HTMLElement): boolean {
  if (!(target instanceof Element)) return true
  if (target === document.body || target === document.documentElement) return true
  if (target.closest(OWN_KEYS)) return false
  return target === canvas || target.contains(canvas)
}
