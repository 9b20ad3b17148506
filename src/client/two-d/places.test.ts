import { describe, expect, it } from 'vitest'
import type { Hall } from '../../shared/scene/schema'
import { directionFrom, hallPlaces } from './places'

// Spawn at the south entrance looking north (toward -z): camera yaw 0 looks along -z.
const spawn: Hall['spawn'] = { position: [0, 10], yaw: 0 }

describe('directionFrom', () => {
  it('sorts points around a spawn looking toward -z', () => {
    expect(directionFrom(spawn, [0, 0])).toEqual({ side: 'ahead', metres: 10 })
    expect(directionFrom(spawn, [-6, 4])).toEqual({ side: 'left', metres: 8 })
    expect(directionFrom(spawn, [6, 4])).toEqual({ side: 'right', metres: 8 })
    expect(directionFrom(spawn, [1, 11])).toEqual({ side: 'near', metres: 1 })
    expect(directionFrom(spawn, [0, 16])).toEqual({ side: 'behind', metres: 6 })
  })

  it('turns with the spawn yaw', () => {
    // Yaw 90 degrees looks toward -x; what is at -x is ahead and what is at -z is on the right.
    const turned = { position: [0, 0] as [number, number], yaw: 90 }
    expect(directionFrom(turned, [-10, 0]).side).toBe('ahead')
    expect(directionFrom(turned, [0, -10]).side).toBe('right')
  })
})

describe('hallPlaces', () => {
  const hall = {
    spawn,
    furniture: [
      { id: 'info', kind: 'info-desk', position: [0, 5], yaw: 0, label: { zh: '咨询台', en: 'Enquiries' } },
      { id: 'k1', kind: 'kiosk', position: [-8, 6], yaw: 0, label: { zh: '自助打印', en: 'Printing' } },
      { id: 'k2', kind: 'kiosk', position: [-8, 2], yaw: 0, label: { zh: '税务自助', en: 'Tax' } },
      { id: 'plant', kind: 'plant', position: [5, 5], yaw: 0 },
    ],
  } as unknown as Hall

  it('lists each kind present with its count and nearest place', () => {
    expect(hallPlaces(hall, 'en')).toEqual([
      {
        kind: 'info-desk',
        name: 'Enquiries',
        count: '1 in the hall',
        where: 'about 5 m straight ahead of the entrance',
        labels: [],
      },
      {
        kind: 'kiosk',
        name: 'Self-service kiosks',
        count: '2 in the hall',
        where: 'about 9 m ahead on the left of the entrance',
        labels: ['Printing', 'Tax'],
      },
    ])
  })

  it('speaks Chinese', () => {
    expect(hallPlaces(hall, 'zh')[1]).toMatchObject({
      name: '自助服务终端',
      count: '2处',
      where: '入口左前方约9米',
    })
  })
})
