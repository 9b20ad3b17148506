import { useEffect, useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Hall } from '../../shared/scene/schema'
import { usePreferencesStore } from '../app/preferences-store'
import { useStationStore } from '../app/station-store'

const OFFSET_PX = 18

/**
 * The name of the counter under the pointer, next to the pointer. Hidden from assistive technology: the
 * counter menu offers the same names. It follows the pointer by writing its own style, not React state.
 */
export function HoverTooltip({ hall }: { hall: Hall }) {
  const { t } = useTranslation('station')
  const language = usePreferencesStore((s) => s.language)
  const hoveredId = useStationStore((s) => s.hoveredCounterId)
  const ref = useRef<HTMLDivElement>(null)
  const pointer = useRef({ x: -1000, y: -1000 })

  useEffect(() => {
    const move = (event: PointerEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY }
      place(ref.current, pointer.current)
    }
    window.addEventListener('pointermove', move, { passive: true })
    return () => window.removeEventListener('pointermove', move)
  }, [])

  useLayoutEffect(() => place(ref.current, pointer.current), [hoveredId])

  const counter = hoveredId ? hall.counters.find((c) => c.id === hoveredId) : undefined
  const department = counter && hall.departments.find((d) => d.id === counter.departmentId)
  if (!counter || !department) return null
  return (
    <div ref={ref} className="hover-tooltip" aria-hidden="true" data-testid="hover-tooltip">
      {t('counterTitle', { number: counter.number, department: department.name[language] })}
    </div>
  )
}

function place(element: HTMLElement | null, { x, y }: { x: number; y: number }) {
  if (!element) return
  // Keep it on screen near the right and bottom edges.
  const left = Math.min(x + OFFSET_PX, window.innerWidth - element.offsetWidth - 8)
  const top = Math.min(y + OFFSET_PX, window.innerHeight - element.offsetHeight - 8)
  element.style.transform = `translate(${Math.max(8, left)}px, ${Math.max(8, top)}px)`
}
