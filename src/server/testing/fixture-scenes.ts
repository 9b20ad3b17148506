import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { branchingFlowInput } from '../../shared/flow/testing/branching-flow'

/** The files of one authored hall: hall.json data and services/<name>.json data. */
export type FixtureHall = {
  layout: Record<string, unknown>
  services: Record<string, Record<string, unknown>>
}

const text = (en: string, zh: string) => ({ zh, en })

/**
 * A small valid hall (two departments, three counters, one service each) for tests that must not
 * depend on the real scenes. Mutate the returned objects to make it invalid in a specific way.
 */
export function minimalHall(id = 'test-hall'): FixtureHall {
  return {
    layout: {
      id,
      name: text('Test Hall', '测试大厅'),
      size: { width: 30, depth: 20, height: 5 },
      spawn: { position: [0, 8], yaw: 0 },
      departments: [
        {
          id: 'social-security',
          name: text('Social Security', '社会保障'),
          letter: 'A',
          color: '#2f6fb2',
          description: text('Pensions and insurance', '养老与保险'),
        },
        {
          id: 'tax',
          name: text('Tax', '税务'),
          letter: 'B',
          color: '#b2412f',
          description: text('Tax registration and returns', '税务登记与申报'),
        },
      ],
      counters: [
        { id: 'counter-01', number: '01', departmentId: 'social-security', position: [-6, -6], yaw: 0 },
        { id: 'counter-02', number: '02', departmentId: 'social-security', position: [-2, -6], yaw: 0 },
        { id: 'counter-03', number: '03', departmentId: 'tax', position: [2, -6], yaw: 0 },
      ],
      furniture: [
        { id: 'info-desk', kind: 'info-desk', position: [0, 4], label: text('Information', '咨询台') },
      ],
    },
    services: {
      'pension-enquiry': {
        id: 'pension-enquiry',
        departmentId: 'social-security',
        name: text('Pension enquiry', '养老金查询'),
        summary: text('Check your pension account', '查询养老保险账户'),
        documents: [text('ID card', '身份证')],
        processingDays: 0,
        fee: text('Free', '免费'),
        channels: ['online', 'video', 'counter'],
      },
      'tax-registration': {
        id: 'tax-registration',
        departmentId: 'tax',
        name: text('Tax registration', '税务登记'),
        summary: text('Register a new taxpayer', '新办纳税人登记'),
        documents: [text('Business licence', '营业执照')],
        processingDays: 1,
        fee: text('Free', '免费'),
        channels: ['counter'],
      },
    },
  }
}

/** A copy of the social security card example flow, frozen for tests (branches: myself / my child; prefill from three registers). */
export const socialSecurityFlow: unknown = JSON.parse(
  readFileSync(new URL('./social-security-card-flow.json', import.meta.url), 'utf8'),
)

/**
 * {@link minimalHall} with flows on both services: `pension-enquiry` (letter A) carries the branching
 * test flow, `tax-registration` (letter B, five processing days) the social security card example.
 * @param moreFlows more services (id -> flow), each a copy of `pension-enquiry` carrying that flow
 */
export function flowHall(moreFlows: Record<string, unknown> = {}): FixtureHall {
  const hall = minimalHall()
  hall.services['pension-enquiry']!.flow = branchingFlowInput
  hall.services['tax-registration']!.flow = socialSecurityFlow
  hall.services['tax-registration']!.processingDays = 5
  for (const [id, flow] of Object.entries(moreFlows))
    hall.services[id] = { ...structuredClone(hall.services['pension-enquiry']!), id, flow }
  return hall
}

/** A fresh temporary folder; remove it with {@link removeTempDir}. */
export function makeTempDir(prefix = 'onehall-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix))
}

/** Removes a folder made by {@link makeTempDir} and everything in it. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** Writes an authored hall as scenes/<folder>/hall.json + services/*.json under `scenesDir`. */
export function writeHall(scenesDir: string, hall: FixtureHall, folder = String(hall.layout.id)): string {
  const dir = path.join(scenesDir, folder)
  mkdirSync(path.join(dir, 'services'), { recursive: true })
  writeFileSync(path.join(dir, 'hall.json'), JSON.stringify(hall.layout, null, 2))
  for (const [name, service] of Object.entries(hall.services)) {
    writeFileSync(path.join(dir, 'services', `${name}.json`), JSON.stringify(service, null, 2))
  }
  return dir
}

/** Writes a scenes folder with the given halls into a new temp folder and returns its path. */
export function writeFixtureScenes(halls: FixtureHall[] = [minimalHall()]): string {
  const scenesDir = makeTempDir('onehall-scenes-')
  for (const hall of halls) writeHall(scenesDir, hall)
  return scenesDir
}
