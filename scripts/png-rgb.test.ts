import { crc32, deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs build script without type declarations
import { decodePng, encodeRgbPng, pngWithoutAlpha } from './png-rgb.mjs'

type Decoded = { width: number; height: number; channels: number; pixels: Buffer }

/** A deterministic pseudo-random picture (with smooth parts, as an MSDF page has, and noise). */
function picture(width: number, height: number, channels: number): Buffer {
  const pixels = Buffer.alloc(width * height * channels)
  let seed = 12345
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    pixels[i] = i % 7 === 0 ? seed & 0xff : (i >> 4) & 0xff
  }
  return pixels
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

/** An RGBA PNG as a canvas writes one (every row with the Sub filter, to exercise unfiltering). */
function rgbaPng(width: number, height: number, rgba: Buffer): Buffer {
  const stride = width * 4
  const raw = Buffer.alloc((stride + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 1
    for (let x = 0; x < stride; x++) {
      const left = x >= 4 ? rgba[y * stride + x - 4]! : 0
      raw[y * (stride + 1) + 1 + x] = (rgba[y * stride + x]! - left) & 0xff
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('png-rgb (atlas PNG re-encoding)', () => {
  it('round-trips RGB pixels through its own encoder', () => {
    const rgb = picture(37, 23, 3)
    const decoded = decodePng(encodeRgbPng(37, 23, rgb)) as Decoded
    expect(decoded).toMatchObject({ width: 37, height: 23, channels: 3 })
    expect(decoded.pixels.equals(rgb)).toBe(true)
  })

  it('drops alpha and keeps every colour value of an RGBA PNG', () => {
    const rgba = picture(41, 19, 4)
    const out = decodePng(pngWithoutAlpha(rgbaPng(41, 19, rgba))) as Decoded
    expect(out.channels).toBe(3)
    const expected = Buffer.alloc(41 * 19 * 3)
    for (let i = 0, o = 0; i < rgba.length; i += 4, o += 3) rgba.copy(expected, o, i, i + 3)
    expect(out.pixels.equals(expected)).toBe(true)
  })

  it('refuses what it cannot read', () => {
    expect(() => decodePng(Buffer.from('not a png at all'))).toThrow(/not a PNG/)
  })
})
