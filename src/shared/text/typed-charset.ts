/**
 * The characters a citizen can type into a VR form and see drawn: the "typed text" MSDF atlas
 * (public/fonts/msdf/onehall-typed-regular.*, built by scripts/build-msdf-font.mjs) holds these plus every
 * static string's characters. Names and addresses can hold any character, so the set is the national
 * standard one rather than what the halls happen to say: GB 2312 levels 1 and 2 (the 6,763 hanzi every
 * Chinese input method offers first), with ASCII, Latin-1 and the usual punctuation.
 *
 * Plain TS without DOM or Node imports: the build script and the VR panel share it, so "is this character
 * in the atlas" is answered the same way at build time and in the headset.
 */

/** The same always-present ranges as the hall font (scripts/build-fonts.py BASE_RANGES, BASE_EXTRA). */
const BASE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x203b],
  [0x2190, 0x2193],
  [0x2460, 0x2473],
  [0x3000, 0x303f],
  [0xff01, 0xff5e],
  [0xffe5, 0xffe5],
]
const BASE_EXTRA = '×÷°℃№•●○■□▲△★☆√'
/** Punctuation in those ranges that Noto Sans CJK SC has no glyph for (the hall font skips them too). */
const NOT_IN_FONT = new Set('‗‛‟‣․‱‴‶‷‸')

/** GB 2312 rows (lead bytes 0xA0 + row): level 1 is rows 16-55, level 2 rows 56-87; 94 cells a row. */
const LEVEL_ROWS = { 1: [16, 55], 2: [56, 87] } as const

/**
 * The hanzi of GB 2312 level 1 (3,755, by pinyin) or level 2 (3,008, by radical), in code order. Decoded
 * with the platform's GB 18030 decoder (a superset of GB 2312); the empty cells at the end of row 55 decode
 * to private-use or other characters, so only Han characters are kept.
 */
export function gb2312Hanzi(level: 1 | 2): string {
  const [first, last] = LEVEL_ROWS[level]
  const bytes: number[] = []
  for (let row = first; row <= last; row++) {
    for (let cell = 1; cell <= 94; cell++) bytes.push(0xa0 + row, 0xa0 + cell)
  }
  const text = new TextDecoder('gb18030').decode(new Uint8Array(bytes))
  return [...text].filter((c) => /\p{Script=Han}/u.test(c)).join('')
}

/** The base set: printable ASCII, Latin-1, general and CJK punctuation, full-width forms, a few signs. */
export function baseCharacters(): string {
  const chars: string[] = []
  for (const [from, to] of BASE_RANGES) {
    for (let code = from; code <= to; code++) chars.push(String.fromCodePoint(code))
  }
  return chars.filter((c) => !NOT_IN_FONT.has(c)).join('') + BASE_EXTRA
}

let typedSet: ReadonlySet<string> | undefined

/** Every character the typed-text atlas is built for (base set plus GB 2312 levels 1 and 2). */
export function typedCharacters(): ReadonlySet<string> {
  typedSet ??= new Set([...baseCharacters(), ...gb2312Hanzi(1), ...gb2312Hanzi(2)])
  return typedSet
}

/**
 * The distinct characters of `text` the typed-text atlas has no glyph for (the headset draws them as
 * uikit's placeholder box; the form still holds and sends them). Whitespace and controls are never drawn.
 * @param extra characters known to be in the atlas besides the typed set (the static strings')
 */
export function charactersWithoutGlyph(text: string, extra: ReadonlySet<string> = new Set()): string[] {
  const typed = typedCharacters()
  const missing = new Set<string>()
  for (const c of text) {
    if (/[\s\p{Cc}\p{Cf}]/u.test(c)) continue
    if (!typed.has(c) && !extra.has(c)) missing.add(c)
  }
  return [...missing]
}
