/** Shows the hand cursor over something clickable in the hall (the canvas is the only pointer target). */
export function setPointerCursor(clickable: boolean): void {
  document.body.style.cursor = clickable ? 'pointer' : ''
}
