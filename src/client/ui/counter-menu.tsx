import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Hall } from '../../shared/scene/schema'
import { usePreferencesStore } from '../app/preferences-store'
import { useStationStore } from '../app/station-store'
import { usePlayerStore } from '../player/player-store'
import { counterMenuItems } from './counter-menu-items'
import { menuTargetIndex } from './menu-keys'

/**
 * The "Go to counter" button and its list of counters. Arrow keys, Home/End and Tab move through the
 * list, Enter picks a counter: the visitor is taken to its front and its station panel opens. Escape,
 * or focus leaving, closes the list.
 */
export function CounterMenu({ hall }: { hall: Hall }) {
  const { t } = useTranslation('overlay')
  const listId = useId()
  const language = usePreferencesStore((s) => s.language)
  const items = useMemo(() => counterMenuItems(hall, language), [hall, language])
  const [open, setOpen] = useState(false)
  const containerRef = useRef<HTMLDivElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])

  useEffect(() => {
    if (!open) return
    // Start on the open counter if there is one, so the list reopens where the visitor was.
    const selected = useStationStore.getState().selectedCounterId
    const start = Math.max(
      0,
      items.findIndex((item) => item.id === selected),
    )
    itemRefs.current[start]?.focus()
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', closeOnOutsidePointer)
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer)
  }, [open, items])

  const choose = (counterId: string) => {
    setOpen(false)
    // Focus the trigger first: the station panel returns focus to whatever had it when it opened.
    triggerRef.current?.focus()
    usePlayerStore.getState().actions.goToCounter(counterId, { teleport: true })
    useStationStore.getState().actions.select(counterId)
  }

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      setOpen(false)
      triggerRef.current?.focus()
      return
    }
    const current = itemRefs.current.findIndex((element) => element === document.activeElement)
    const target = menuTargetIndex(event.key, current, items.length)
    if (target === null) return
    event.preventDefault()
    itemRefs.current[target]?.focus()
  }

  return (
    <div
      className="counter-menu"
      ref={containerRef}
      onBlur={(event) => {
        if (open && !containerRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false)
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault()
            setOpen(true)
          }
        }}
      >
        {t('goToCounter')}
      </button>
      <ul
        id={listId}
        className="counter-menu-list"
        aria-label={t('counterMenu')}
        hidden={!open}
        onKeyDown={onListKeyDown}
      >
        {items.map((item, index) => (
          <li key={item.id}>
            <button
              ref={(element) => {
                itemRefs.current[index] = element
              }}
              type="button"
              data-counter-id={item.id}
              onClick={() => choose(item.id)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
