/** What a keyboard shortcut of the console does. */
export type ShortcutAction = 'callNext' | 'available' | 'away' | 'mute' | 'camera' | 'hangUp' | 'chat'

/**
 * The console's shortcuts: Alt plus a letter. A modifier keeps them from firing while the clerk types
 * (WCAG 2.1.4 asks single-key shortcuts to be avoidable), and `code` keeps them on the same keys whatever
 * the keyboard layout or input method.
 */
export const SHORTCUTS: readonly { action: ShortcutAction; code: string; keys: string }[] = [
  { action: 'callNext', code: 'KeyN', keys: 'Alt+N' },
  { action: 'available', code: 'KeyA', keys: 'Alt+A' },
  { action: 'away', code: 'KeyW', keys: 'Alt+W' },
  { action: 'mute', code: 'KeyM', keys: 'Alt+M' },
  { action: 'camera', code: 'KeyV', keys: 'Alt+V' },
  { action: 'hangUp', code: 'KeyH', keys: 'Alt+H' },
  { action: 'chat', code: 'KeyC', keys: 'Alt+C' },
]

/** The action of a key press, or null. Only Alt alone counts (Ctrl+Alt is AltGr on many layouts). */
export function shortcutFor(event: {
  code: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  repeat?: boolean
}): ShortcutAction | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return null
  return SHORTCUTS.find((s) => s.code === event.code)?.action ?? null
}
