import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkResidentId, residentIdCheckCharacter } from './resident-id'

const TODAY = '2026-11-30'

/** An independent check-digit implementation: weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11. */
function referenceCheck(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11)
  const check = (12 - (sum % 11)) % 11
  return check === 10 ? 'X' : String(check)
}

const withCheck = (first17: string) => first17 + referenceCheck(first17)
const otherCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0')

describe('checkResidentId', () => {
  it('accepts the published GB 11643 example and reads what it encodes', () => {
    const result = checkResidentId('11010519491231002X', TODAY)
    expect(result).toEqual({
      ok: true,
      value: { value: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'female' },
    })
  })

  it('accepts numbers built with an independent check digit', () => {
    for (const first17 of [
      '44030419900101123',
      '31011520000229004',
      '65010219000101001',
      '11010520261130007',
    ]) {
      const id = withCheck(first17)
      const result = checkResidentId(id, TODAY)
      expect(result.ok, id).toBe(true)
    }
  })

  it('agrees with the independent implementation on random digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (first17) => {
        expect(residentIdCheckCharacter(first17)).toBe(referenceCheck(first17))
      }),
    )
  })

  it('normalises a lower-case x, spaces and full-width digits', () => {
    const result = checkResidentId(' 110105 19491231 002x ', TODAY)
    expect(result.ok && result.value.value).toBe('11010519491231002X')
    expect(checkResidentId('１１０１０５１９４９１２３１００２Ｘ', TODAY).ok).toBe(true)
  })

  it('reads the sex from the 17th digit', () => {
    const male = checkResidentId(withCheck('44030419900101123'), TODAY)
    expect(male.ok && male.value.sex).toBe('male')
  })

  it.each([
    [undefined, 'empty'],
    ['   ', 'empty'],
    [110105194912310020, 'not-text'],
    ['11010519491231002', 'length'],
    ['11010519491231002XX', 'length'],
    ['1101051949123100AX', 'format'],
    ['X10105194912310021', 'format'],
    [withCheck('01010519491231002'), 'region'],
    [withCheck('11010520230230001'), 'birth-date'],
    [withCheck('11010519491331002'), 'birth-date'],
    [withCheck('11010520270101001'), 'birth-date-future'],
    [withCheck('11010520261201001'), 'birth-date-future'],
    [withCheck('11010518991231002'), 'birth-date-too-early'],
    [otherCheck('11010519491231002X'), 'check-digit'],
    ['110105194912310021', 'check-digit'],
  ])('rejects %j as %s', (input, reason) => {
    expect(checkResidentId(input, TODAY)).toEqual({ ok: false, reason })
  })

  it('accepts a birth date of today and rejects 29 February in a common year', () => {
    expect(checkResidentId(withCheck('11010520261130001'), TODAY).ok).toBe(true)
    expect(checkResidentId(withCheck('11010520250229001'), TODAY)).toEqual({
      ok: false,
      reason: 'birth-date',
    })
    expect(checkResidentId(withCheck('11010520240229001'), TODAY).ok).toBe(true)
  })

  it('rejects every single-digit change of a valid number', () => {
    const id = withCheck('44030419900101123')
    for (let i = 0; i < 17; i++) {
      const digit = (Number(id[i]) + 1) % 10
      const changed = id.slice(0, i) + digit + id.slice(i + 1)
      expect(checkResidentId(changed, TODAY).ok, changed).toBe(false)
    }
  })
})
