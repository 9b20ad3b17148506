import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SIGN_LABELS } from '../../shared/i18n/sign-labels'

describe('SIGN_LABELS', () => {
  it('uses only characters the shipped sign font maps (no boxes in 3D)', () => {
    const mapped = new Set(readFileSync('public/fonts/onehall-sans.chars.txt', 'utf8'))
    const text =
      Object.values(SIGN_LABELS)
        .flatMap((t) => [t.zh, t.en])
        .join('') + '…'
    const missing = [...new Set(text)].filter((c) => !mapped.has(c))
    expect(missing).toEqual([])
  })
})
