import { readdirSync } from 'node:fs'
import { Readable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { citizenSnapshot, FILES, startDraft } from '../applications/testing/citizen-requests'
import { flowHall } from '../testing/fixture-scenes'
import { buildTestApp, type TestApp } from '../testing/test-app'

/**
 * Oversized uploads are refused before the body is read (bad input): by Content-Length, or cut
 * off at the limit when the body is chunked. The fixture's `photo` question allows 2 MB.
 */

let t: TestApp
beforeEach(async () => {
  t = await buildTestApp({ hall: flowHall(), records: true })
})
afterEach(async () => t.close())

const MB = 1024 * 1024
const CHUNK = 64 * 1024

/** A JPEG body of `total` bytes made on demand; `pulled()` says how much of it the server read. */
function lazyJpeg(total: number): { body: Readable; pulled: () => number } {
  let sent = 0
  const body = new Readable({
    read() {
      if (sent >= total) return void this.push(null)
      const size = Math.min(CHUNK, total - sent)
      const chunk = Buffer.alloc(size)
      if (sent === 0) FILES.jpeg.copy(chunk)
      sent += size
      this.push(chunk)
    },
  })
  return { body, pulled: () => sent }
}

const put = (code: string, documentId: string, payload: Buffer | Readable, headers: Record<string, string>) =>
  t.call({
    method: 'PUT',
    url: `/api/drafts/${code}/attachments/${documentId}?name=big.jpg`,
    payload,
    headers: { 'content-type': 'image/jpeg', ...headers },
  })

const storedFiles = () => {
  try {
    return readdirSync(t.uploadsDir)
  } catch {
    return []
  }
}

describe('upload size is checked before the body is read', () => {
  it('a Content-Length over the document limit is 413 in the language, without reading the body', async () => {
    const code = await startDraft(t)
    const before = await citizenSnapshot(t.db)
    const en = lazyJpeg(12 * MB)
    const res = await put(code, 'photo', en.body, {
      'content-length': String(12 * MB),
      'accept-language': 'en',
    })
    expect(res.statusCode).toBe(413)
    expect(res.json().error).toEqual({
      code: 'file_too_large',
      message: 'The file must be smaller than 2 MB.',
    })
    // At most what the stream buffers ahead on its own, not the 12 MB.
    expect(en.pulled()).toBeLessThan(MB)

    const zh = lazyJpeg(3 * MB)
    const res2 = await put(code, 'photo', zh.body, {
      'content-length': String(3 * MB),
      'accept-language': 'zh',
    })
    expect(res2.statusCode).toBe(413)
    expect(res2.json().error.message).toBe('文件必须小于 2 MB。')
    expect(await citizenSnapshot(t.db)).toEqual(before)
    expect(storedFiles()).toEqual([])
  })

  it('a chunked body is cut off at the limit: 413, read no further, nothing saved', async () => {
    const code = await startDraft(t)
    const before = await citizenSnapshot(t.db)
    const upload = lazyJpeg(12 * MB)
    const res = await put(code, 'photo', upload.body, { 'accept-language': 'en' })
    expect(res.statusCode).toBe(413)
    expect(res.json().error.code).toBe('file_too_large')
    expect(upload.pulled()).toBeLessThan(3 * MB)
    expect(await citizenSnapshot(t.db)).toEqual(before)
    expect(storedFiles()).toEqual([])
  })

  it('what is left of the draft quota is the limit when it is smaller', async () => {
    const code = await startDraft(t)
    const big = Buffer.concat([FILES.pdf, Buffer.alloc(MB)])
    expect((await put(code, 'extra-proof', big, { 'content-type': 'application/pdf' })).statusCode).toBe(201)
    // Pretend the draft already holds 19.5 MB: 0.5 MB is left.
    await t.db
      .updateTable('attachments')
      .set({ size: 19.5 * MB })
      .execute()
    const before = await citizenSnapshot(t.db)
    const upload = lazyJpeg(MB)
    const res = await put(code, 'photo', upload.body, { 'accept-language': 'en' })
    expect(res.statusCode).toBe(413)
    expect(res.json().error.code).toBe('quota_exceeded')
    expect(upload.pulled()).toBeLessThan(MB)
    expect(await citizenSnapshot(t.db)).toEqual(before)
  })

  it('a chunked body within the limit is stored; an unknown document is 404 before any reading', async () => {
    const code = await startDraft(t)
    const ok = lazyJpeg(MB)
    const res = await put(code, 'photo', ok.body, {})
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().attachment).toMatchObject({ documentId: 'photo', size: MB, type: 'image/jpeg' })
    const unknown = lazyJpeg(4 * MB)
    const missing = await put(code, 'nothing-here', unknown.body, { 'accept-language': 'en' })
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error.code).toBe('unknown_document')
    expect(unknown.pulled()).toBeLessThan(MB)
  })
})
