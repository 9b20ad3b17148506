import { describe, expect, it } from 'vitest'
import { facing } from '../../shared/scene'
import { queueBoardRows } from './queue-board-content'
import { SIGN_LABELS } from '../../shared/i18n/sign-labels'
import { DEFAULT_BOARD_FACE, cellAspect, hallSignSpecs } from './sign-specs'
import { testLayout } from './testing/layout'

describe('hallSignSpecs', () => {
  const layout = testLayout()
  const specs = hallSignSpecs(layout)
  const byId = (id: string) => specs.find((s) => s.id === id)!

  it('makes one sign per counter, labelled furniture, hall sign and queue board screen', () => {
    expect(specs.map((s) => s.id).sort()).toEqual(
      [
        'counter:c-10',
        'counter:c-02',
        'counter:c-01',
        'board:board',
        'label:board',
        'label:kiosk-1',
        'sign:exit',
      ].sort(),
    )
  })

  it('puts a counter sign above its counter, facing the counter front, with the department name', () => {
    const sign = byId('counter:c-02')
    expect(sign.position[1]).toBeGreaterThan(2)
    expect(sign.yaw).toBe(0)
    expect(sign.content).toEqual({
      type: 'counter',
      number: '02',
      name: { zh: '税务', en: 'Taxation' },
      color: '#aa3333',
    })
    // Near the counter on the floor plan.
    expect(Math.hypot(sign.position[0] - -1, sign.position[2] - -6)).toBeLessThan(0.5)
  })

  it('labels a one-stop window as such', () => {
    const sign = byId('counter:c-01')
    expect(sign.content.type === 'counter' && sign.content.name).toEqual(SIGN_LABELS.oneStop)
    expect(sign.yaw).toBe(90)
  })

  it('puts the board screen on the board front and keeps hanging signs under the ceiling', () => {
    const screen = byId('board:board')
    const [fx, fz] = facing(180)
    // On the face of the board (at [0, 4], facing -z), a centimetre in front of it.
    expect(screen.position[0]).toBeCloseTo(0 + fx * (DEFAULT_BOARD_FACE.centre[2] + 0.01))
    expect(screen.position[2]).toBeCloseTo(4 + fz * (DEFAULT_BOARD_FACE.centre[2] + 0.01))
    expect(screen.position[1]).toBeCloseTo(DEFAULT_BOARD_FACE.centre[1])
    expect(screen.size[0]).toBeLessThanOrEqual(DEFAULT_BOARD_FACE.width)
    expect(screen.size[1]).toBeLessThanOrEqual(DEFAULT_BOARD_FACE.height + 1e-9)
    expect(screen.doubleSided).toBe(false)
    const exit = byId('sign:exit')
    expect(exit.position[1] + exit.size[1] / 2).toBeLessThanOrEqual(layout.size.height)
  })
})

describe('hallSignSpecs with a loaded board face', () => {
  it('fits the screen inside the face without stretching the board cell', () => {
    const face = { width: 2, height: 2, centre: [0.1, 2, 0.05] as [number, number, number] }
    const screen = hallSignSpecs(testLayout(), face).find((s) => s.cell === 'board')!
    expect(screen.size[0]).toBeCloseTo(2)
    expect(screen.size[0] / screen.size[1]).toBeCloseTo(1016 / 504)
  })

  it('gives every sign the aspect of its atlas cell, so no text is stretched', () => {
    for (const spec of hallSignSpecs(testLayout()))
      expect(spec.size[0] / spec.size[1]).toBeCloseTo(cellAspect(spec.cell))
  })
})

describe('queueBoardRows', () => {
  it('lists each department with counters and its counter numbers in order, no tickets', () => {
    expect(queueBoardRows(testLayout())).toEqual([
      {
        departmentId: 'tax',
        name: { zh: '税务', en: 'Taxation' },
        color: '#aa3333',
        counterNumbers: ['02', '10'],
      },
      {
        departmentId: 'social',
        name: { zh: '社保', en: 'Social Security' },
        color: '#3366aa',
        counterNumbers: ['01'],
      },
    ])
  })
})
