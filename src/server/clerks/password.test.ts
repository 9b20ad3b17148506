import { describe, expect, it } from 'vitest'
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password'

describe('scrypt passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse')
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{86}$/)
    expect(await verifyPassword('correct horse', stored)).toBe(true)
    expect(await verifyPassword('correct hors', stored)).toBe(false)
    expect(await verifyPassword('Correct horse', stored)).toBe(false)
    expect(await verifyPassword('', stored)).toBe(false)
  })

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')])
    expect(a).not.toBe(b)
    expect(a.split('$')[4]).not.toBe(b.split('$')[4])
    expect(await verifyPassword('same', a)).toBe(true)
    expect(await verifyPassword('same', b)).toBe(true)
  })

  it('treats the same text in another Unicode form as the same password', async () => {
    const stored = await hashPassword('caf\u00e9')
    expect(await verifyPassword('cafe\u0301', stored)).toBe(true)
  })

  it('refuses tampered or malformed stored hashes without throwing', async () => {
    const stored = await hashPassword('pw')
    const parts = stored.split('$')
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1)
    const tampered = [
      [...parts.slice(0, 5), flip(parts[5]!)].join('$'),
      [...parts.slice(0, 4), flip(parts[4]!), parts[5]].join('$'),
      ['scrypt', '8192', ...parts.slice(2)].join('$'),
      ['scrypt', String(1 << 20), ...parts.slice(2)].join('$'),
      ['scrypt', '1000', ...parts.slice(2)].join('$'),
      ['bcrypt', ...parts.slice(1)].join('$'),
      parts.slice(0, 5).join('$'),
      '',
      'scrypt$x$y$z$a$b',
    ]
    for (const bad of tampered) expect(await verifyPassword('pw', bad), bad).toBe(false)
  })

  it('the decoy check (unknown user) does the work and says no', async () => {
    expect(await verifyAgainstDecoy('anything')).toBe(false)
  })
})
