import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SceneError } from '../../shared/scene'
import {
  makeTempDir,
  minimalHall,
  removeTempDir,
  writeFixtureScenes,
  writeHall,
} from '../testing/fixture-scenes'
import { loadScenes } from './load-scenes'

const dirs: string[] = []
function scenes(...args: Parameters<typeof writeFixtureScenes>): string {
  const dir = writeFixtureScenes(...args)
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) removeTempDir(dir)
})

async function sceneError(scenesDir: string): Promise<SceneError> {
  try {
    await loadScenes(scenesDir)
  } catch (error) {
    if (error instanceof SceneError) return error
    throw error
  }
  throw new Error('expected loadScenes to throw a SceneError')
}

describe('loadScenes', () => {
  it('loads an authored hall with its services', async () => {
    const { halls, contentHashes } = await loadScenes(scenes())
    expect([...halls.keys()]).toEqual(['test-hall'])
    const hall = halls.get('test-hall')
    expect(hall?.counters.map((c) => c.id)).toEqual(['counter-01', 'counter-02', 'counter-03'])
    expect(hall?.services.map((s) => s.id).sort()).toEqual(['pension-enquiry', 'tax-registration'])
    expect(contentHashes.get('test-hall')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('hashes content, not formatting or key order', async () => {
    const dir = scenes()
    const before = (await loadScenes(dir)).contentHashes.get('test-hall')
    const file = path.join(dir, 'test-hall', 'hall.json')
    const layout = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    const reversed = Object.fromEntries(Object.entries(layout).reverse())
    writeFileSync(file, JSON.stringify(reversed))
    expect((await loadScenes(dir)).contentHashes.get('test-hall')).toBe(before)

    writeFileSync(file, JSON.stringify({ ...layout, size: { width: 31, depth: 20, height: 5 } }))
    expect((await loadScenes(dir)).contentHashes.get('test-hall')).not.toBe(before)
  })

  it('reports a JSON syntax error with the file, the JSON path and the line', async () => {
    const dir = scenes()
    const file = path.join(dir, 'test-hall', 'services', 'tax-registration.json')
    writeFileSync(file, '{\n  "id": "tax-registration",\n  "documents": [\n    "a",\n  ]\n}\n')
    const error = await sceneError(dir)
    expect(error.issues).toEqual([
      {
        file,
        path: 'documents (line 5, column 3)',
        message: "JSON syntax error: Trailing comma: remove the ',' before ']'",
      },
    ])
    expect(error.message).toContain(`${file} at documents (line 5, column 3): JSON syntax error`)
  })

  it('reports a schema error with the file and the path inside it', async () => {
    const hall = minimalHall()
    ;(hall.layout.counters as Record<string, unknown>[])[1]!.position = ['3', 0]
    const dir = scenes([hall])
    const error = await sceneError(dir)
    const file = path.join(dir, 'test-hall', 'hall.json')
    expect(error.issues).toContainEqual(expect.objectContaining({ file, path: 'counters[1].position[0]' }))
    expect(error.message).toContain(`${file} at counters[1].position[0]:`)
  })

  it('reports an unknown department in the layout and in a service file', async () => {
    const hall = minimalHall()
    ;(hall.layout.counters as Record<string, unknown>[])[2]!.departmentId = 'passports'
    hall.services['tax-registration']!.departmentId = 'customs'
    const dir = scenes([hall])
    const error = await sceneError(dir)
    expect(error.issues).toContainEqual({
      file: path.join(dir, 'test-hall', 'hall.json'),
      path: 'counters[2].departmentId',
      message: expect.stringContaining('Unknown department "passports"'),
    })
    expect(error.issues).toContainEqual({
      file: path.join(dir, 'test-hall', 'services', 'tax-registration.json'),
      path: 'departmentId',
      message: expect.stringContaining('Unknown department "customs"'),
    })
  })

  it('reports problems in several files at once', async () => {
    const dir = scenes()
    writeFileSync(path.join(dir, 'test-hall', 'services', 'pension-enquiry.json'), '{"id": ')
    writeFileSync(path.join(dir, 'test-hall', 'services', 'tax-registration.json'), '{"id": "x" "y"}')
    const files = (await sceneError(dir)).issues.map((i) => path.basename(i.file))
    expect(files).toEqual(['pension-enquiry.json', 'tax-registration.json'])
  })

  it('requires the folder name to equal the hall id', async () => {
    const dir = makeTempDir()
    dirs.push(dir)
    writeHall(dir, minimalHall('test-hall'), 'other-name')
    const error = await sceneError(dir)
    expect(error.issues).toContainEqual({
      file: path.join(dir, 'other-name', 'hall.json'),
      path: 'id',
      message: 'Hall id "test-hall" must equal its folder name "other-name"',
    })
  })

  it('explains a folder without a hall file and a missing scenes folder', async () => {
    const dir = scenes()
    rmSync(path.join(dir, 'test-hall', 'hall.json'))
    expect((await sceneError(dir)).issues[0]?.message).toMatch(/Expected hall\.json .* or generated\.json/)
    expect((await sceneError(path.join(dir, 'missing'))).issues[0]?.message).toMatch(
      /Scenes folder not found/,
    )
  })

  it('generates a hall from generated.json on top of its base hall', async () => {
    const dir = scenes()
    const generatedDir = path.join(dir, 'grid-test')
    writeHall(dir, minimalHall('unused'), 'grid-test')
    rmSync(path.join(generatedDir, 'hall.json'))
    rmSync(path.join(generatedDir, 'services'), { recursive: true })
    writeFileSync(
      path.join(generatedDir, 'generated.json'),
      JSON.stringify({
        generator: 'grid',
        id: 'grid-test',
        name: { zh: '网格', en: 'Grid' },
        counters: 24,
        base: 'test-hall',
      }),
    )
    const { halls, contentHashes } = await loadScenes(dir)
    const grid = halls.get('grid-test')
    expect(grid?.counters).toHaveLength(24)
    expect(grid?.id).toBe('grid-test')
    expect(new Set(grid?.counters.map((c) => c.id)).size).toBe(24)
    expect(contentHashes.get('grid-test')).not.toBe(contentHashes.get('test-hall'))
  })

  it('names generated.json when its base hall is unknown or its parameters are invalid', async () => {
    const dir = scenes()
    const generatedDir = path.join(dir, 'grid-test')
    writeHall(dir, minimalHall('unused'), 'grid-test')
    rmSync(path.join(generatedDir, 'hall.json'))
    const file = path.join(generatedDir, 'generated.json')
    const params = {
      generator: 'grid',
      id: 'grid-test',
      name: { zh: '网格', en: 'Grid' },
      counters: 24,
      base: 'nowhere',
    }
    writeFileSync(file, JSON.stringify(params))
    expect((await sceneError(dir)).issues).toEqual([
      { file, path: 'base', message: 'Unknown base hall "nowhere"; known: test-hall' },
    ])

    writeFileSync(file, JSON.stringify({ ...params, base: 'test-hall', counters: -5 }))
    expect((await sceneError(dir)).issues).toContainEqual(expect.objectContaining({ file, path: 'counters' }))
  })
})

describe('the real scenes folder', () => {
  it('loads the default hall and the generated 200-counter hall', async () => {
    const { halls } = await loadScenes(path.resolve('scenes'))
    const cityCentre = halls.get('city-centre')
    expect(cityCentre?.counters.length).toBeGreaterThanOrEqual(12)
    expect(cityCentre?.departments.length).toBeGreaterThanOrEqual(8)
    expect(halls.get('grid-200')?.counters).toHaveLength(200)
  })
})
