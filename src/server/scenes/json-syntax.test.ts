import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError, lineAndColumn } from './json-syntax'

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON of every kind', () => {
    for (const text of [
      '{}',
      '[]',
      ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {"c": "中文"}} ',
      '"just a string"',
      '0',
    ]) {
      expect(findJsonSyntaxError(text), text).toBeNull()
      expect(() => JSON.parse(text)).not.toThrow()
    }
  })

  it('finds a trailing comma with its JSON path, line and column', () => {
    const text = '{\n  "counters": [\n    {"id": "a"},\n  ]\n}'
    expect(findJsonSyntaxError(text)).toEqual({
      offset: text.indexOf(']'),
      line: 4,
      column: 3,
      path: ['counters'],
      message: "Trailing comma: remove the ',' before ']'",
    })
  })

  it('finds a missing comma between properties', () => {
    const problem = findJsonSyntaxError('{"a": {"b": 1\n "c": 2}}')
    expect(problem).toMatchObject({ line: 2, column: 2, path: ['a', 'b'] })
    expect(problem?.message).toBe(`Expected ',' or '}' after the property value but found "\\""`)
  })

  it('finds bad values, unquoted keys, unclosed strings and the end of the file', () => {
    expect(findJsonSyntaxError('{"a": [1, x]}')).toMatchObject({ path: ['a', 1], column: 11 })
    expect(findJsonSyntaxError('{a: 1}')?.message).toMatch(/property name in double quotes/)
    expect(findJsonSyntaxError('{"a": "open}')).toMatchObject({
      column: 7,
      message: expect.stringMatching(/never closed/),
    })
    expect(findJsonSyntaxError('{"a": 1')?.message).toMatch(/found the end of the file/)
    expect(findJsonSyntaxError('')?.message).toMatch(/Expected a value/)
    expect(findJsonSyntaxError('{} {}')?.message).toMatch(/after the end of the JSON value/)
    expect(findJsonSyntaxError('[01]')?.message).toBe('Invalid number')
  })

  it('rejects duplicate keys, which JSON.parse would hide', () => {
    const problem = findJsonSyntaxError('{"id": "a", "id": "b"}')
    expect(problem).toMatchObject({
      column: 13,
      path: [],
      message: 'Property "id" appears more than once in this object',
    })
  })

  it('agrees with JSON.parse on which texts are invalid', () => {
    for (const text of [
      '{"a":1,}',
      '[1,]',
      '{"a" 1}',
      'tru',
      '"\\x"',
      '"a\nb"',
      '{"a":1}}',
      '-',
      '1.',
      '{,}',
    ]) {
      expect(() => JSON.parse(text), text).toThrow()
      expect(findJsonSyntaxError(text), text).not.toBeNull()
    }
  })
})

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 })
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })
})
