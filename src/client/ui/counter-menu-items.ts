import { overlay } from '../../shared/i18n/overlay'
import { interpolate } from '../../shared/i18n/interpolate'
import type { Language } from '../../shared/scene/localized'
import type { Hall } from '../../shared/scene/schema'

/** One entry of the "go to counter" menu. */
export type CounterMenuItem = { id: string; number: string; department: string; label: string }

/** Every counter of the hall in number order, labelled "07号窗口 · 税务" / "Counter 07 · Tax". */
export function counterMenuItems(hall: Hall, language: Language): CounterMenuItem[] {
  const departments = new Map(hall.departments.map((d) => [d.id, d.name[language]]))
  return hall.counters
    .map((counter) => {
      const department = departments.get(counter.departmentId) ?? counter.departmentId
      return {
        id: counter.id,
        number: counter.number,
        department,
        label: interpolate(overlay[language].counterItem, { number: counter.number, department }),
      }
    })
    .sort((a, b) => Number(a.number) - Number(b.number))
}
