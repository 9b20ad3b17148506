import { describe, expect, it } from 'vitest'
import { checkMobile } from './mobile'

describe('checkMobile', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['008619912345678', '19912345678'],
    ['１５０１２３４５６７８', '15012345678'],
  ])('accepts %j as %s', (input, value) => {
    expect(checkMobile(input)).toEqual({ ok: true, value })
  })

  it.each([
    [undefined, 'empty'],
    [' ', 'empty'],
    [13800138000, 'not-text'],
    ['1380013800a', 'format'],
    ['138.0013.8000', 'format'],
    ['1380013800', 'length'],
    ['138001380001', 'length'],
    ['12800138000', 'prefix'],
    ['10086100861', 'prefix'],
    ['01012345678', 'prefix'],
  ])('rejects %j as %s', (input, reason) => {
    expect(checkMobile(input)).toEqual({ ok: false, reason })
  })
})
