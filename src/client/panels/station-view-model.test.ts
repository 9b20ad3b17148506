import { describe, expect, it } from 'vitest'
import type { Hall, Service } from '../../shared/scene/schema'
import { departmentViewModel, processingTimeText, stationViewModel } from './station-view-model'

function service(overrides: Partial<Service> & Pick<Service, 'id' | 'departmentId'>): Service {
  return {
    name: { zh: '事项', en: 'Service' },
    summary: { zh: '说明', en: 'Summary' },
    documents: [],
    processingDays: 0,
    fee: { zh: '免费', en: 'Free' },
    channels: ['counter'],
    ...overrides,
  }
}

const hall: Hall = {
  id: 'test-hall',
  name: { zh: '测试大厅', en: 'Test hall' },
  size: { width: 30, depth: 30, height: 5 },
  spawn: { position: [0, 12], yaw: 0 },
  departments: [
    {
      id: 'social-security',
      name: { zh: '社会保障', en: 'Social Security' },
      letter: 'S',
      color: '#2f6fb2',
      description: { zh: '养老、失业和工伤保险', en: 'Pensions, unemployment and injury insurance' },
    },
    {
      id: 'one-stop',
      name: { zh: '综合窗口', en: 'One-stop window' },
      letter: 'Z',
      color: '#555555',
      description: { zh: '一窗受理', en: 'Any matter at one window' },
    },
  ],
  counters: [
    { id: 'c-12', number: '12', departmentId: 'social-security', position: [4, 0], yaw: 0, oneStop: false },
    { id: 'c-03', number: '03', departmentId: 'social-security', position: [0, 0], yaw: 0, oneStop: false },
    { id: 'c-01', number: '01', departmentId: 'one-stop', position: [-4, 0], yaw: 0, oneStop: true },
  ],
  furniture: [],
  signs: [],
  walls: [],
  services: [
    service({
      id: 'pension-certificate',
      departmentId: 'social-security',
      name: { zh: '养老保险参保证明', en: 'Pension insurance certificate' },
      summary: { zh: '打印参保缴费证明', en: 'Print proof of pension contributions' },
      documents: [
        { zh: '居民身份证', en: 'Resident identity card' },
        { zh: '户口簿', en: 'Household register' },
      ],
      processingDays: 0,
      fee: { zh: '不收费', en: 'No fee' },
      channels: ['counter', 'online'],
    }),
    service({
      id: 'unemployment-benefit',
      departmentId: 'social-security',
      processingDays: 5,
      channels: ['video'],
    }),
    service({ id: 'one-stop-intake', departmentId: 'one-stop', processingDays: 1 }),
  ],
}

describe('processingTimeText', () => {
  it('says done on the spot for zero days', () => {
    expect(processingTimeText(0, 'zh')).toBe('当场办结')
    expect(processingTimeText(0, 'en')).toBe('Done on the spot')
  })

  it('counts working days with the right plural', () => {
    expect(processingTimeText(5, 'zh')).toBe('5个工作日')
    expect(processingTimeText(5, 'en')).toBe('5 working days')
    expect(processingTimeText(1, 'en')).toBe('1 working day')
  })
})

describe('stationViewModel', () => {
  it('describes a counter with its department and services in Chinese', () => {
    const model = stationViewModel(hall, 'c-03', 'zh')
    expect(model).not.toBeNull()
    expect(model?.title).toBe('03号窗口 · 社会保障')
    expect(model?.counterNumber).toBe('03')
    expect(model?.department.name).toBe('社会保障')
    expect(model?.department.description).toBe('养老、失业和工伤保险')
    expect(model?.department.services.map((s) => s.id)).toEqual([
      'pension-certificate',
      'unemployment-benefit',
    ])
    expect(model?.department.services[0]).toEqual({
      id: 'pension-certificate',
      name: '养老保险参保证明',
      summary: '打印参保缴费证明',
      documents: ['居民身份证', '户口簿'],
      processingTime: '当场办结',
      fee: '不收费',
      channels: [
        { channel: 'online', label: '网上办理' },
        { channel: 'counter', label: '窗口办理' },
      ],
    })
    expect(model?.oneStopNote).toBeNull()
  })

  it('speaks English when asked', () => {
    const model = stationViewModel(hall, 'c-03', 'en')
    expect(model?.title).toBe('Counter 03 · Social Security')
    expect(model?.department.serviceCount).toBe('2 services')
    expect(model?.department.services[1]?.processingTime).toBe('5 working days')
    expect(model?.department.services[1]?.channels).toEqual([{ channel: 'video', label: 'By video call' }])
    expect(model?.labels.documents).toBe('Documents needed')
  })

  it('notes a one-stop window', () => {
    expect(stationViewModel(hall, 'c-01', 'en')?.oneStopNote).toMatch(/every department/)
  })

  it('returns null for an unknown counter', () => {
    expect(stationViewModel(hall, 'c-99', 'zh')).toBeNull()
  })
})

describe('departmentViewModel', () => {
  it('lists the department counters in number order', () => {
    const model = departmentViewModel(hall, 'social-security', 'zh')
    expect(model?.counters).toEqual([
      { id: 'c-03', number: '03' },
      { id: 'c-12', number: '12' },
    ])
    expect(model?.serviceCount).toBe('2项服务')
  })

  it('returns null for an unknown department', () => {
    expect(departmentViewModel(hall, 'nope', 'en')).toBeNull()
  })
})
