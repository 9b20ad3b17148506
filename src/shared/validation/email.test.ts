import { describe, expect, it } from 'vitest'
import { checkEmail } from './email'

describe('checkEmail', () => {
  it.each([
    ['name@example.com', 'name@example.com'],
    ['  li.wei+forms@mail.example.cn ', 'li.wei+forms@mail.example.cn'],
    ['张伟@例子.中国', '张伟@例子.中国'],
  ])('accepts %j', (input, value) => {
    expect(checkEmail(input)).toEqual({ ok: true, value })
  })

  it.each([
    [null, 'empty'],
    ['', 'empty'],
    [['a@b.cn'], 'not-text'],
    ['name.example.com', 'format'],
    ['name@example', 'format'],
    ['name@@example.com', 'format'],
    ['na me@example.com', 'format'],
    ['name@example.c', 'format'],
    ['name@.example.com', 'format'],
    ['.name@example.com', 'format'],
    ['na..me@example.com', 'format'],
    [`${'a'.repeat(65)}@example.com`, 'format'],
    [`a@${'b'.repeat(250)}.com`, 'too-long'],
  ])('rejects %j as %s', (input, reason) => {
    expect(checkEmail(input)).toEqual({ ok: false, reason })
  })
})
