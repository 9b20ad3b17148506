import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { hallObstacles } from '../walk/obstacle'
import { obstaclesOverlap, pointInObstacle } from '../walk/overlap'
import { counterFront } from './counter-front'
import { hallFromGenerated } from './generate-hall'
import { layoutIssues } from './layout-issues'
import { SceneError } from './scene-error'
import type { Hall } from './schema'
import { validateHall, type SceneSource } from './validate-hall'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const read = (file: string): SceneSource => ({
  file,
  data: JSON.parse(readFileSync(repoRoot + file, 'utf8')),
})

function hallSources(hallId: string): { layout: SceneSource; services: SceneSource[] } {
  const servicesDir = `scenes/${hallId}/services`
  const serviceFiles = readdirSync(repoRoot + servicesDir).filter((f) => f.endsWith('.json'))
  return {
    layout: read(`scenes/${hallId}/hall.json`),
    services: serviceFiles.map((f) => read(`${servicesDir}/${f}`)),
  }
}

function loadCityCentre(): Hall {
  const { layout, services } = hallSources('city-centre')
  return validateHall(layout, services)
}

/** Runs `fn` and returns the SceneError it throws (fails the test if it throws nothing else). */
function sceneError(fn: () => unknown): SceneError {
  try {
    fn()
  } catch (error) {
    if (error instanceof SceneError) return error
    throw error
  }
  throw new Error('expected a SceneError')
}

/** Every character of GB2312 levels 1 and 2 and its symbol rows: the font subset is built from these. */
const GB2312 = (() => {
  const decoder = new TextDecoder('gbk')
  const chars = new Set<string>()
  for (let hi = 0xa1; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) chars.add(decoder.decode(new Uint8Array([hi, lo])))
  return chars
})()

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

const cityCentre = loadCityCentre()
const grid200 = hallFromGenerated(read('scenes/grid-200/generated.json'), cityCentre)

describe.each([
  ['city-centre', cityCentre],
  ['grid-200', grid200],
])('hall %s', (_id, hall) => {
  const obstacles = hallObstacles(hall)
  const outerWall = (id: string) => ['wall-north', 'wall-south', 'wall-west', 'wall-east'].includes(id)

  it('has its departments served at counters and described by services', () => {
    expect(hall.counters.length).toBeGreaterThanOrEqual(12)
    expect(hall.departments.length).toBeGreaterThanOrEqual(8)
    expect(hall.counters.some((c) => c.oneStop)).toBe(true)
    for (const department of hall.departments) {
      expect(
        hall.services.filter((s) => s.departmentId === department.id).length,
        department.id,
      ).toBeGreaterThan(0)
      expect(
        hall.counters.some((c) => c.departmentId === department.id),
        department.id,
      ).toBe(true)
    }
  })

  it('gives each department its own colour', () => {
    expect(new Set(hall.departments.map((d) => d.color.toLowerCase())).size).toBe(hall.departments.length)
  })

  it('has no two solid things overlapping (outer walls meet only at the corners)', () => {
    const overlaps: string[] = []
    obstacles.forEach((a, i) =>
      obstacles.slice(i + 1).forEach((b) => {
        if (outerWall(a.id) && outerWall(b.id)) return
        if (obstaclesOverlap(a, b)) overlaps.push(`${a.id} / ${b.id}`)
      }),
    )
    expect(overlaps).toEqual([])
  })

  it('spawns the visitor on free floor at the entrance, looking into the hall', () => {
    const [x, z] = hall.spawn.position
    expect(obstacles.filter((o) => pointInObstacle(hall.spawn.position, o, 0.3)).map((o) => o.id)).toEqual([])
    const yaw = (hall.spawn.yaw * Math.PI) / 180
    const view = [-Math.sin(yaw), -Math.cos(yaw)] as const
    // The camera looks toward the middle of the floor, from the entrance side (the +z half).
    expect(view[0] * -x + view[1] * -z).toBeGreaterThan(0)
    expect(z).toBeGreaterThan(hall.size.depth / 4)
  })

  it('leaves every counter front free, on the floor, and reachable through 1.5 m aisles', () => {
    for (const counter of hall.counters) {
      const [fx, fz] = counterFront(counter).position
      expect(Math.abs(fx), counter.id).toBeLessThan(hall.size.width / 2)
      expect(Math.abs(fz), counter.id).toBeLessThan(hall.size.depth / 2)
      expect(obstacles.filter((o) => pointInObstacle([fx, fz], o)).map((o) => o.id)).toEqual([])
    }
    expect(layoutIssues(`scenes/${hall.id}`, hall, { minAisle: 1.5 })).toEqual([])
  })

  it('has an info desk, labelled kiosks, seats and at least two labelled queue boards near the entrance', () => {
    const kinds = (kind: string) => hall.furniture.filter((f) => f.kind === kind)
    expect(kinds('info-desk').length).toBeGreaterThanOrEqual(1)
    expect(kinds('kiosk').length).toBeGreaterThanOrEqual(3)
    expect(kinds('kiosk').every((k) => k.label)).toBe(true)
    expect(kinds('seat-row').length).toBeGreaterThanOrEqual(4)
    const boardsNearEntrance = kinds('queue-board').filter(
      (b) =>
        b.label &&
        Math.hypot(b.position[0] - hall.spawn.position[0], b.position[1] - hall.spawn.position[1]) < 15,
    )
    expect(boardsNearEntrance.length).toBeGreaterThanOrEqual(2)
  })

  it('describes every service in both languages, with documents', () => {
    const chinese = /[\u4e00-\u9fff]/
    const english = /^[\x20-\x7e]+$/
    for (const service of hall.services) {
      expect(service.documents.length, service.id).toBeGreaterThan(0)
      for (const text of [service.name, service.summary, service.fee, ...service.documents]) {
        expect(text.zh, service.id).toMatch(chinese)
        expect(text.en, service.id).toMatch(english)
      }
    }
  })

  it('uses only GB2312 characters in Chinese text, so the font subset covers it', () => {
    const rare = new Set(
      strings(hall)
        .flatMap((s) => [...s])
        .filter((c) => c.charCodeAt(0) > 0x7e && !GB2312.has(c)),
    )
    expect([...rare]).toEqual([])
  })
})

describe('city-centre content', () => {
  it('has the issue-listed kinds of hall furniture and area signs', () => {
    expect(cityCentre.departments.length).toBeGreaterThanOrEqual(10)
    expect(cityCentre.furniture.some((f) => f.kind === 'pillar')).toBe(true)
    expect(cityCentre.furniture.some((f) => f.kind === 'plant')).toBe(true)
    const signs = cityCentre.signs.map((s) => s.text.zh).join(' ')
    expect(signs).toContain('等候区')
    expect(signs).toContain('自助服务区')
  })

  it('has at least two services for every department', () => {
    for (const department of cityCentre.departments)
      expect(
        cityCentre.services.filter((s) => s.departmentId === department.id).length,
        department.id,
      ).toBeGreaterThanOrEqual(2)
  })
})

describe('broken scene files', () => {
  const { layout, services } = hallSources('city-centre')
  const copy = <T>(value: T): T => structuredClone(value)

  it('names the file and path of a counter with an unknown department', () => {
    const data = copy(layout.data) as { counters: { departmentId: string }[] }
    ;(data.counters[3] as { departmentId: string }).departmentId = 'no-such-department'
    const error = sceneError(() => validateHall({ file: layout.file, data }, services))
    expect(error.issues).toContainEqual(
      expect.objectContaining({ file: 'scenes/city-centre/hall.json', path: 'counters[3].departmentId' }),
    )
    expect(error.message).toContain('scenes/city-centre/hall.json at counters[3].departmentId')
  })

  it('names the file and path of a missing Chinese name', () => {
    const data = copy(layout.data) as { departments: { name: { zh?: string } }[] }
    delete (data.departments[2] as { name: { zh?: string } }).name.zh
    const error = sceneError(() => validateHall({ file: layout.file, data }, services))
    expect(error.issues).toContainEqual(
      expect.objectContaining({ file: 'scenes/city-centre/hall.json', path: 'departments[2].name.zh' }),
    )
  })

  it('names the service file of a document without English text', () => {
    const broken = copy(services[0] as SceneSource)
    const data = broken.data as { documents: { en?: string }[] }
    delete (data.documents[0] as { en?: string }).en
    const error = sceneError(() => validateHall(layout, [broken, ...services.slice(1)]))
    expect(error.issues).toContainEqual(
      expect.objectContaining({ file: broken.file, path: 'documents[0].en' }),
    )
    expect(broken.file).toMatch(/^scenes\/city-centre\/services\/.+\.json$/)
  })

  it('names the file and path of a bad generated hall', () => {
    const generated = read('scenes/grid-200/generated.json')
    const error = sceneError(() =>
      hallFromGenerated({ ...generated, data: { ...(generated.data as object), counters: 0 } }, cityCentre),
    )
    expect(error.issues).toContainEqual(
      expect.objectContaining({ file: 'scenes/grid-200/generated.json', path: 'counters' }),
    )
  })
})
