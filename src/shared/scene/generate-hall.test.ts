import { describe, expect, it } from 'vitest'
import {
  generateHall,
  generatedHallSchema,
  hallFromGenerated,
  type GeneratedHallParams,
} from './generate-hall'
import { layoutIssues } from './layout-issues'
import { SceneError } from './scene-error'
import type { Hall, Service } from './schema'
import { validateHall } from './validate-hall'

const service = (id: string, departmentId: string): Service => ({
  id,
  departmentId,
  name: { zh: '事项', en: 'Service' },
  summary: { zh: '说明', en: 'Summary' },
  documents: [{ zh: '居民身份证', en: 'Identity card' }],
  processingDays: 0,
  fee: { zh: '免费', en: 'Free' },
  channels: ['counter'],
})

/** A small hand-made base hall: three departments, the last one served at a one-stop window. */
const base: Hall = validateHall(
  {
    file: 'base/hall.json',
    data: {
      id: 'base',
      name: { zh: '基础大厅', en: 'Base hall' },
      size: { width: 20, depth: 20, height: 6 },
      spawn: { position: [0, 8], yaw: 0 },
      departments: ['tax', 'housing', 'one-stop'].map((id, i) => ({
        id,
        name: { zh: `部门${i}`, en: `Department ${i}` },
        letter: 'ABC'[i],
        color: ['#112233', '#445566', '#778899'][i],
        description: { zh: '说明', en: 'About' },
      })),
      counters: [
        { id: 'c1', number: '1', departmentId: 'tax', position: [-4, -6], yaw: 0 },
        { id: 'c2', number: '2', departmentId: 'housing', position: [0, -6], yaw: 0 },
        { id: 'c3', number: '3', departmentId: 'one-stop', position: [4, -6], yaw: 0, oneStop: true },
      ],
      furniture: [
        { id: 'desk', kind: 'info-desk', position: [0, 3], label: { zh: '服务台', en: 'Help desk' } },
        { id: 'k1', kind: 'kiosk', position: [6, 6], label: { zh: '自助打印', en: 'Printing' } },
      ],
    },
  },
  [service('a', 'tax'), service('b', 'housing'), service('c', 'one-stop')].map((data) => ({
    file: `${data.id}.json`,
    data,
  })),
)

const params = (counters: number): GeneratedHallParams => ({
  generator: 'grid',
  id: 'grid-test',
  name: { zh: '测试大厅', en: 'Test hall' },
  counters,
  base: 'base',
})

/** Validates a generated hall the way the server does, so schema defaults and cross checks apply. */
function validated(hall: Hall): Hall {
  const { services, ...layout } = hall
  return validateHall(
    { file: 'generated.json', data: layout },
    services.map((s) => ({ file: s.id, data: s })),
  )
}

describe('generateHall', () => {
  it.each([1, 2, 7, 8, 13, 64, 200, 999])(
    'lays out %i counters that pass validation and the layout checks',
    (n) => {
      const hall = validated(generateHall(params(n), base))
      expect(hall.counters).toHaveLength(n)
      expect(layoutIssues('generated.json', hall)).toEqual([])
    },
  )

  it('is deterministic', () => {
    expect(generateHall(params(200), base)).toEqual(generateHall(params(200), base))
  })

  it('cycles counters through the base departments and keeps one-stop departments one-stop', () => {
    const hall = generateHall(params(200), base)
    hall.counters.forEach((counter, i) => {
      expect(counter.departmentId).toBe(base.departments[i % 3]?.id)
      expect(counter.oneStop).toBe(counter.departmentId === 'one-stop')
    })
    expect(hall.services).toEqual(base.services)
    expect(hall.departments).toEqual(base.departments)
  })

  it('numbers counters with as many digits as the largest number', () => {
    expect(
      generateHall(params(200), base)
        .counters.map((c) => c.number)
        .slice(0, 2),
    ).toEqual(['001', '002'])
    expect(generateHall(params(12), base).counters.at(-1)?.number).toBe('12')
  })

  it('grows the hall with the counter count and keeps the spawn at the entrance, facing in', () => {
    const small = generateHall(params(16), base)
    const large = generateHall(params(200), base)
    expect(large.size.width * large.size.depth).toBeGreaterThan(4 * small.size.width * small.size.depth)
    for (const hall of [small, large]) {
      expect(hall.spawn.yaw).toBe(0)
      expect(hall.spawn.position[1]).toBeGreaterThan(Math.max(...hall.counters.map((c) => c.position[1])))
      expect(hall.size.depth / 2 - hall.spawn.position[1]).toBeLessThan(3)
    }
  })

  it('furnishes the hall like its base, scaled with the counters', () => {
    const count = (hall: Hall, kind: string) => hall.furniture.filter((f) => f.kind === kind).length
    const small = generateHall(params(16), base)
    const large = generateHall(params(200), base)
    for (const kind of ['info-desk', 'queue-board', 'kiosk', 'seat-row'])
      expect(count(small, kind), kind).toBeGreaterThan(0)
    expect(count(large, 'seat-row')).toBeGreaterThan(count(small, 'seat-row'))
    expect(count(large, 'kiosk')).toBeGreaterThan(count(small, 'kiosk'))
    expect(count(large, 'queue-board')).toBeGreaterThanOrEqual(2)
    expect(large.furniture.find((f) => f.kind === 'info-desk')?.label?.en).toBe('Help desk')
    expect(large.furniture.find((f) => f.kind === 'kiosk')?.label?.en).toBe('Printing')
  })
})

describe('generatedHallSchema', () => {
  it('accepts the grid parameters and rejects anything else', () => {
    expect(generatedHallSchema.safeParse(params(200)).success).toBe(true)
    expect(generatedHallSchema.safeParse({ ...params(200), extra: 1 }).success).toBe(false)
    expect(generatedHallSchema.safeParse({ ...params(200), generator: 'spiral' }).success).toBe(false)
    expect(generatedHallSchema.safeParse(params(0)).success).toBe(false)
    expect(generatedHallSchema.safeParse(params(1000)).success).toBe(false)
    expect(generatedHallSchema.safeParse(params(2.5)).success).toBe(false)
  })
})

describe('hallFromGenerated', () => {
  it('builds and validates the hall', () => {
    const hall = hallFromGenerated({ file: 'scenes/grid-test/generated.json', data: params(30) }, base)
    expect(hall.id).toBe('grid-test')
    expect(hall.counters).toHaveLength(30)
  })

  it('names the file and path of bad parameters', () => {
    const run = () =>
      hallFromGenerated({ file: 'scenes/x/generated.json', data: { ...params(5), counters: 'many' } }, base)
    expect(run).toThrow(SceneError)
    expect(run).toThrow(/scenes\/x\/generated\.json at counters/)
  })

  it('refuses a base hall other than the one named', () => {
    const run = () => hallFromGenerated({ file: 'g.json', data: { ...params(5), base: 'city-centre' } }, base)
    expect(run).toThrow(/g\.json at base: Expected base hall "city-centre", got "base"/)
  })
})
