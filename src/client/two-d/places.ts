import { interpolate } from '../../shared/i18n/interpolate'
import { twoD } from '../../shared/i18n/two-d'
import type { Language } from '../../shared/scene/localized'
import type { FloorPoint, Furniture, Hall } from '../../shared/scene/schema'

/** Where something is as seen from the entrance (the spawn point, facing its view yaw). */
export type Direction = { side: 'near' | 'ahead' | 'left' | 'right' | 'behind'; metres: number }

const NEAR_METRES = 3

/**
 * The direction of a point from the spawn pose. The spawn yaw is a camera yaw: the view looks toward
 * (-sin yaw, -cos yaw) and its right is (cos yaw, -sin yaw).
 */
export function directionFrom(spawn: Hall['spawn'], point: FloorPoint): Direction {
  const yaw = (spawn.yaw * Math.PI) / 180
  const dx = point[0] - spawn.position[0]
  const dz = point[1] - spawn.position[1]
  const forward = -Math.sin(yaw) * dx - Math.cos(yaw) * dz
  const right = Math.cos(yaw) * dx - Math.sin(yaw) * dz
  const metres = Math.round(Math.hypot(dx, dz))
  if (metres <= NEAR_METRES) return { side: 'near', metres }
  if (forward < 0 && Math.abs(right) < -forward) return { side: 'behind', metres }
  // Within about 20 degrees of straight ahead counts as ahead.
  if (Math.abs(right) < forward * 0.36) return { side: 'ahead', metres }
  return { side: right > 0 ? 'right' : 'left', metres }
}

const directionKeys = {
  near: 'directionNear',
  ahead: 'directionAhead',
  left: 'directionLeft',
  right: 'directionRight',
  behind: 'directionBehind',
} as const

type PlaceKind = Extract<Furniture['kind'], 'info-desk' | 'kiosk' | 'seat-row' | 'queue-board'>

const placeKinds = {
  'info-desk': { name: 'placeInfoDesk', count: 'placeCount' },
  kiosk: { name: 'placeKiosk', count: 'placeCount' },
  'seat-row': { name: 'placeSeats', count: 'placeSeatCount' },
  'queue-board': { name: 'placeQueueBoard', count: 'placeCount' },
} as const satisfies Record<PlaceKind, { name: keyof (typeof twoD)['en']; count: keyof (typeof twoD)['en'] }>

/** One kind of facility in the hall, described for the 2D mode. */
export type Place = {
  kind: PlaceKind
  name: string
  count: string
  where: string
  /** The signs of the individual items when there are several (kiosks for different matters). */
  labels: string[]
}

/**
 * The hall's facilities (information desk, kiosks, seats, queue boards), one entry per kind with how many
 * there are and where the nearest one is from the entrance. Kinds the hall lacks are left out.
 */
export function hallPlaces(hall: Hall, language: Language): Place[] {
  const texts = twoD[language]
  return (Object.keys(placeKinds) as PlaceKind[]).flatMap((kind) => {
    const items = hall.furniture.filter((f) => f.kind === kind)
    const nearest = items
      .map((item) => directionFrom(hall.spawn, item.position))
      .sort((a, b) => a.metres - b.metres)[0]
    if (!nearest) return []
    const labels = [...new Set(items.flatMap((item) => (item.label ? [item.label[language]] : [])))]
    const keys = placeKinds[kind]
    const single = items.length === 1 && labels.length === 1
    return [
      {
        kind,
        name: single ? (labels[0] ?? texts[keys.name]) : texts[keys.name],
        count: interpolate(texts[keys.count], { count: items.length }),
        where: interpolate(texts[directionKeys[nearest.side]], { metres: nearest.metres }),
        labels: single || labels.length < 2 ? [] : labels,
      },
    ]
  })
}
