import { describe, expect, it } from 'vitest'
import { baseCharacters, charactersWithoutGlyph, gb2312Hanzi, typedCharacters } from './typed-charset'

describe('GB 2312 hanzi', () => {
  it('level 1 is the 3,755 common hanzi in pinyin order, from 啊 to 座', () => {
    const level1 = [...gb2312Hanzi(1)]
    expect(level1).toHaveLength(3755)
    expect(new Set(level1).size).toBe(3755)
    expect(level1[0]).toBe('啊')
    expect(level1.at(-1)).toBe('座')
    expect(level1).toEqual(expect.arrayContaining(['张', '伟', '王', '李']))
  })

  it('level 2 is the 3,008 further hanzi in radical order, from 亍 to 齄, none shared with level 1', () => {
    const level2 = [...gb2312Hanzi(2)]
    expect(level2).toHaveLength(3008)
    expect(level2[0]).toBe('亍')
    expect(level2.at(-1)).toBe('齄')
    const level1 = new Set(gb2312Hanzi(1))
    expect(level2.filter((c) => level1.has(c))).toEqual([])
  })
})

describe('typed characters', () => {
  it('holds ASCII, CJK punctuation and both levels', () => {
    const typed = typedCharacters()
    expect(typed.size).toBe(new Set(baseCharacters()).size + 6763)
    for (const c of ['A', 'z', '0', '@', '，', '。', '、', '（', '「', '张', '亍'])
      expect(typed.has(c)).toBe(true)
  })

  it('finds the characters outside the set once each, ignoring whitespace', () => {
    expect(charactersWithoutGlyph('张伟 Zhang Wei，北京市\n')).toEqual([])
    // U+20000 (CJK Extension B) and 㐀 (Extension A) are in no GB 2312 level.
    expect(charactersWithoutGlyph('张𠀀伟𠀀㐀')).toEqual(['𠀀', '㐀'])
    expect(charactersWithoutGlyph('㐀', new Set(['㐀']))).toEqual([])
  })
})
