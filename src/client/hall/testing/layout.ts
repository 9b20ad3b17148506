import { hallSchema, type HallLayout } from '../../../shared/scene'

/** A small valid hall layout for unit tests of the hall renderer's pure parts. */
export function testLayout(overrides: Partial<HallLayout> = {}): HallLayout {
  return hallSchema.parse({
    id: 'test-hall',
    name: { zh: '测试大厅', en: 'Test hall' },
    size: { width: 30, depth: 20, height: 5 },
    spawn: { position: [0, 8], yaw: 0 },
    departments: [
      {
        id: 'tax',
        name: { zh: '税务', en: 'Taxation' },
        letter: 'T',
        color: '#aa3333',
        description: { zh: '税', en: 'Tax' },
      },
      {
        id: 'social',
        name: { zh: '社保', en: 'Social Security' },
        letter: 'S',
        color: '#3366aa',
        description: { zh: '社', en: 'Soc' },
      },
      {
        id: 'idle',
        name: { zh: '空闲', en: 'Idle' },
        letter: 'I',
        color: '#33aa66',
        description: { zh: '空', en: 'Idle' },
      },
    ],
    counters: [
      { id: 'c-10', number: '10', departmentId: 'tax', position: [-4, -6], yaw: 0 },
      { id: 'c-02', number: '02', departmentId: 'tax', position: [-1, -6], yaw: 0 },
      { id: 'c-01', number: '01', departmentId: 'social', position: [2, -6], yaw: 90, oneStop: true },
    ],
    furniture: [
      {
        id: 'board',
        kind: 'queue-board',
        position: [0, 4],
        yaw: 180,
        label: { zh: '叫号屏', en: 'Queue board' },
      },
      { id: 'kiosk-1', kind: 'kiosk', position: [8, 4], label: { zh: '自助', en: 'Self-service' } },
      { id: 'plant-1', kind: 'plant', position: [9, 0] },
    ],
    signs: [{ id: 'exit', text: { zh: '出口', en: 'Exit' }, position: [0, 9], height: 9, yaw: 180 }],
    ...overrides,
  })
}
