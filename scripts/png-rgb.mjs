// Re-encodes an RGBA PNG as an RGB PNG, losslessly for the colour channels, with the best per-row filter
// and zlib level 9. uikit's MSDF shader reads only .rgb, so the alpha channel the generator writes (from a
// canvas) is dead weight: dropping it and recompressing makes the atlas PNG smaller with identical glyphs.
// Plain Node (zlib), no image library: the only input is the generator's own 8-bit, non-interlaced PNG.
import { deflateSync, inflateSync, crc32 } from 'node:zlib'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function paeth(a, b, c) {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** Decodes an 8-bit RGBA (colour type 6) or RGB (2) PNG into raw pixels. */
export function decodePng(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG')
  let width = 0
  let height = 0
  let channels = 0
  const idat = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    const data = png.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      const [depth, colour, , , interlace] = data.subarray(8, 13)
      if (depth !== 8 || (colour !== 6 && colour !== 2) || interlace !== 0) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`)
      }
      channels = colour === 6 ? 4 : 3
    } else if (type === 'IDAT') idat.push(data)
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const pixels = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const out = pixels.subarray(y * stride, (y + 1) * stride)
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride)
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0
      const b = prev[x]
      const c = x >= channels ? prev[x - channels] : 0
      out[x] = (line[x] + predict(filter, a, b, c)) & 0xff
    }
  }
  return { width, height, channels, pixels }
}

function predict(filter, a, b, c) {
  switch (filter) {
    case 0:
      return 0
    case 1:
      return a
    case 2:
      return b
    case 3:
      return (a + b) >> 1
    case 4:
      return paeth(a, b, c)
    default:
      throw new Error(`bad PNG filter ${filter}`)
  }
}

function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

/** Encodes raw RGB pixels as a PNG, choosing per row the filter with the smallest sum of |residuals|. */
export function encodeRgbPng(width, height, rgb) {
  const stride = width * 3
  const raw = Buffer.alloc((stride + 1) * height)
  const candidate = Buffer.alloc(stride)
  for (let y = 0; y < height; y++) {
    const line = rgb.subarray(y * stride, (y + 1) * stride)
    const prev = y > 0 ? rgb.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride)
    let best = -1
    let bestScore = Infinity
    for (let filter = 0; filter < 5; filter++) {
      let score = 0
      for (let x = 0; x < stride; x++) {
        const a = x >= 3 ? line[x - 3] : 0
        const b = prev[x]
        const c = x >= 3 ? prev[x - 3] : 0
        const value = (line[x] - predict(filter, a, b, c)) & 0xff
        candidate[x] = value
        score += value < 128 ? value : 256 - value
      }
      if (score < bestScore) {
        bestScore = score
        best = filter
        raw[y * (stride + 1)] = filter
        candidate.copy(raw, y * (stride + 1) + 1)
      }
    }
    if (best < 0) throw new Error('no filter chosen')
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** The same picture without its alpha channel, recompressed (see the file comment). */
export function pngWithoutAlpha(png) {
  const { width, height, channels, pixels } = decodePng(png)
  if (channels === 3) return encodeRgbPng(width, height, pixels)
  const rgb = Buffer.alloc(width * height * 3)
  for (let i = 0, o = 0; i < pixels.length; i += 4, o += 3) {
    rgb[o] = pixels[i]
    rgb[o + 1] = pixels[i + 1]
    rgb[o + 2] = pixels[i + 2]
  }
  return encodeRgbPng(width, height, rgb)
}
