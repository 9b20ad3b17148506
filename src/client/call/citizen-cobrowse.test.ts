import { describe, expect, it } from 'vitest'
import { createCallSession } from './call-session'
import { createCitizenCobrowse } from './citizen-cobrowse'
import { FakePeerConnection, FakeSignalling } from './testing/fake-webrtc'

function setup() {
  const signalling = new FakeSignalling()
  const session = createCallSession({
    role: 'citizen',
    callId: 'c1',
    token: 'ticket-token-0123456789',
    signalling,
    localStream: null,
    createPeerConnection: (config) => new FakePeerConnection(config) as unknown as RTCPeerConnection,
  })
  let answers: Record<string, unknown> = { 'full-name': '张三', mobile: '1380013800' }
  const listeners = new Set<(a: Record<string, unknown>) => void>()
  const setAnswer = (fieldId: string, value: unknown) => {
    answers = { ...answers, [fieldId]: value }
    if (value === undefined) delete answers[fieldId]
    for (const l of listeners) l(answers)
  }
  const cobrowse = createCitizenCobrowse({
    session,
    form: () => ({ serviceId: 'senior-card', pageId: 'applicant', answers }),
    subscribeAnswers: (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    setAnswer,
  })
  session.start()
  const joined = () =>
    signalling.deliver({ type: 'call.joined', callId: 'c1', role: 'citizen', iceServers: [] })
  const cobrowseSent = () => signalling.sent.filter((m) => m.type.startsWith('cobrowse.'))
  return { signalling, cobrowse, setAnswer, joined, cobrowseSent, answers: () => answers }
}

describe('citizen co-browsing', () => {
  it('sends the whole form on join and again on rejoin', () => {
    const { joined, cobrowseSent, signalling } = setup()
    joined()
    signalling.setState('connecting')
    signalling.setState('open')
    joined()
    const snapshots = cobrowseSent()
    expect(snapshots).toHaveLength(2)
    expect(snapshots[0]).toEqual({
      type: 'cobrowse.snapshot',
      callId: 'c1',
      serviceId: 'senior-card',
      pageId: 'applicant',
      answers: { 'full-name': '张三', mobile: '1380013800' },
    })
  })

  it('sends each changed field, a cleared one as null, and nothing for an unchanged one', () => {
    const { joined, cobrowseSent, setAnswer } = setup()
    joined()
    setAnswer('mobile', '13800138000')
    setAnswer('full-name', '张三')
    setAnswer('mobile', undefined)
    expect(cobrowseSent().slice(1)).toEqual([
      { type: 'cobrowse.field', callId: 'c1', fieldId: 'mobile', value: '13800138000' },
      { type: 'cobrowse.field', callId: 'c1', fieldId: 'mobile', value: null },
    ])
  })

  it('shows the highlight and suggestion; accepting fills the field and answers the clerk', () => {
    const { joined, cobrowse, signalling, cobrowseSent, answers } = setup()
    joined()
    signalling.deliver({ type: 'cobrowse.highlight', callId: 'c1', from: 'clerk', fieldId: 'mobile' })
    signalling.deliver({
      type: 'cobrowse.suggest',
      callId: 'c1',
      from: 'clerk',
      suggestionId: 's1',
      fieldId: 'mobile',
      value: '13800138000',
      note: 'one digit short',
    })
    expect(cobrowse.getView()).toEqual({
      highlight: 'mobile',
      suggestions: [{ suggestionId: 's1', fieldId: 'mobile', value: '13800138000', note: 'one digit short' }],
    })
    cobrowse.accept('s1')
    expect(answers().mobile).toBe('13800138000')
    expect(cobrowseSent().slice(1)).toEqual([
      { type: 'cobrowse.field', callId: 'c1', fieldId: 'mobile', value: '13800138000' },
      { type: 'cobrowse.accept', callId: 'c1', suggestionId: 's1' },
    ])
    expect(cobrowse.getView().suggestions).toEqual([])
  })

  it('rejecting leaves the answer as it was', () => {
    const { joined, cobrowse, signalling, cobrowseSent, answers } = setup()
    joined()
    signalling.deliver({
      type: 'cobrowse.suggest',
      callId: 'c1',
      from: 'clerk',
      suggestionId: 's2',
      fieldId: 'full-name',
      value: '李四',
    })
    cobrowse.reject('s2')
    expect(answers()['full-name']).toBe('张三')
    expect(cobrowseSent().at(-1)).toEqual({ type: 'cobrowse.reject', callId: 'c1', suggestionId: 's2' })
  })
})
