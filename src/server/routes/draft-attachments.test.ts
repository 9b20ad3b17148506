import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { citizenSnapshot, FILES, startDraft } from '../applications/testing/citizen-requests'
import { flowHall } from '../testing/fixture-scenes'
import { buildTestApp, type TestApp } from '../testing/test-app'

let t: TestApp
beforeEach(async () => {
  t = await buildTestApp({ hall: flowHall(), records: true })
})
afterEach(async () => t.close())

const upload = (code: string, documentId: string, body: Buffer, type: string, name = 'file.pdf') =>
  t.call({
    method: 'PUT',
    url: `/api/drafts/${code}/attachments/${documentId}?name=${encodeURIComponent(name)}`,
    payload: body,
    headers: { 'content-type': type, 'accept-language': 'en' },
  })

describe('attachments', () => {
  it('stores a checked file under a random name and shows it in the draft answers', async () => {
    const code = await startDraft(t)
    const res = await upload(code, 'photo', FILES.jpeg, 'image/jpeg', '../../etc/me.jpg')
    expect(res.statusCode).toBe(201)
    const { attachment } = res.json()
    expect(attachment).toMatchObject({
      documentId: 'photo',
      name: 'me.jpg',
      size: FILES.jpeg.length,
      type: 'image/jpeg',
    })
    const files = readdirSync(t.uploadsDir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(readFileSync(path.join(t.uploadsDir, files[0]!))).toEqual(FILES.jpeg)
    const draft = (await t.call({ method: 'GET', url: `/api/drafts/${code}` })).json().draft
    expect(draft.answers.photo).toEqual([
      { id: attachment.id, name: 'me.jpg', bytes: FILES.jpeg.length, mediaType: 'image/jpeg' },
    ])
  })

  it('octet-stream is accepted when the content is an accepted type', async () => {
    const code = await startDraft(t)
    expect((await upload(code, 'photo', FILES.png, 'application/octet-stream', 'p.png')).statusCode).toBe(201)
  })

  it.each([
    ['PDF bytes claimed as JPEG', 'photo', FILES.pdf, 'image/jpeg', 415, 'file_type_mismatch'],
    [
      'a PDF where only images are accepted',
      'photo',
      FILES.pdf,
      'application/pdf',
      415,
      'file_type_mismatch',
    ],
    [
      'text claimed as PDF',
      'extra-proof',
      Buffer.from('hello, not a pdf'),
      'application/pdf',
      415,
      'file_type_mismatch',
    ],
    ['an empty file', 'extra-proof', Buffer.alloc(0), 'application/pdf', 400, 'file_empty'],
    ['an unknown document', 'passport', FILES.pdf, 'application/pdf', 404, 'unknown_document'],
    [
      'a file over the document limit',
      'photo',
      Buffer.concat([FILES.jpeg, Buffer.alloc(2 * 1024 * 1024)]),
      'image/jpeg',
      413,
      'file_too_large',
    ],
    ['an unsupported content type', 'photo', FILES.jpeg, 'image/gif', 415, 'unsupported_media_type'],
  ])('%s -> 4xx, nothing stored', async (_name, documentId, body, type, status, code) => {
    const draftCode = await startDraft(t)
    const before = await citizenSnapshot(t.db)
    const res = await upload(draftCode, documentId, body, type)
    expect(res.statusCode).toBe(status)
    expect(res.json().error.code).toBe(code)
    expect(await citizenSnapshot(t.db)).toEqual(before)
    expect(existsSync(t.uploadsDir) ? readdirSync(t.uploadsDir) : []).toEqual([])
  })

  it('a body over the largest upload limit is 413 before it is stored', async () => {
    const code = await startDraft(t)
    const res = await upload(
      code,
      'extra-proof',
      Buffer.concat([FILES.pdf, Buffer.alloc(21 * 1024 * 1024)]),
      'application/pdf',
    )
    expect(res.statusCode).toBe(413)
  })

  it('counts files per document and bytes per draft', async () => {
    const code = await startDraft(t)
    expect((await upload(code, 'photo', FILES.jpeg, 'image/jpeg')).statusCode).toBe(201)
    const second = await upload(code, 'photo', FILES.jpeg, 'image/jpeg')
    expect(second.statusCode).toBe(409)
    expect(second.json().error.code).toBe('too_many_files')
    const big = Buffer.concat([FILES.pdf, Buffer.alloc(4.9 * 1024 * 1024)])
    for (let i = 0; i < 3; i++)
      expect((await upload(code, 'extra-proof', big, 'application/pdf')).statusCode).toBe(201)
    await t.db
      .updateTable('attachments')
      .set({ size: 19 * 1024 * 1024 })
      .where('document_id', '=', 'photo')
      .execute()
    const over = await upload(code, 'household-register', FILES.pdf, 'application/pdf')
    expect(over.statusCode).toBe(413)
    expect(over.json().error.code).toBe('quota_exceeded')
  })

  it('deleting an attachment removes its row and its file; others are 404', async () => {
    const code = await startDraft(t)
    const { attachment } = (await upload(code, 'photo', FILES.jpeg, 'image/jpeg')).json()
    const url = `/api/drafts/${code}/attachments/${attachment.id}`
    const res = await t.call({ method: 'DELETE', url })
    expect(res.statusCode).toBe(200)
    expect(res.json().draft.attachments).toEqual([])
    expect(readdirSync(t.uploadsDir)).toEqual([])
    expect((await t.call({ method: 'DELETE', url })).statusCode).toBe(404)
  })

  it('uploads and deletes need the CSRF header', async () => {
    const code = await startDraft(t)
    const res = await t.call({
      method: 'PUT',
      url: `/api/drafts/${code}/attachments/photo`,
      payload: FILES.jpeg,
      headers: { 'content-type': 'image/jpeg' },
      csrf: false,
    })
    expect(res.statusCode).toBe(403)
    expect(res.json().error.code).toBe('csrf')
  })
})
