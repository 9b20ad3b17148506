import type { UploadMediaType } from '../../shared/flow'

const SIGNATURES: { type: UploadMediaType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
]

/**
 * The upload type a file's first bytes show, or null. The browser's Content-Type and the file name
 * are claims; this is what the server trusts.
 */
export function sniffMediaType(content: Uint8Array): UploadMediaType | null {
  return SIGNATURES.find((s) => s.bytes.every((byte, i) => content[i] === byte))?.type ?? null
}
