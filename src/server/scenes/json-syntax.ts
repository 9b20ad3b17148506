/** A syntax problem in a JSON text, located by offset, line/column (1-based) and the JSON path it occurred in. */
export type JsonSyntaxProblem = {
  offset: number
  line: number
  column: number
  path: (string | number)[]
  message: string
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message)
  }
}

function describe(text: string, offset: number): string {
  return offset >= text.length ? 'the end of the file' : JSON.stringify(text[offset])
}

/** Converts an offset in `text` into a 1-based line and column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * Finds the first syntax problem in a JSON text, or returns null when the text is valid JSON.
 * JSON.parse's own messages differ between Node versions and some carry no position, so scene files
 * are checked with this small scanner to tell an editor exactly where and what to fix. It also rejects
 * duplicate keys, which JSON.parse silently resolves by keeping the last one.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  let i = 0
  const fail = (path: (string | number)[], message: string): never => {
    throw new Stop(i, path, message)
  }
  const skipWhitespace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const expectValueMessage = () =>
    `Expected a value (string, number, object, array, true, false or null) but found ${describe(text, i)}`
  const expectLiteral = (path: (string | number)[], word: string) => {
    if (text.startsWith(word, i)) i += word.length
    else fail(path, expectValueMessage())
  }
  const readString = (path: (string | number)[]): string => {
    const start = i
    i++ // opening quote
    while (i < text.length) {
      const c = text[i] as string
      if (c === '"') {
        i++
        return JSON.parse(text.slice(start, i)) as string
      }
      if (c === '\\') {
        const next = text[i + 1]
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail(path, 'Invalid \\u escape: use four hex digits')
          i += 6
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2
        } else {
          fail(path, `Invalid escape "\\${next ?? ''}" in a string`)
        }
        continue
      }
      if (c.charCodeAt(0) < 0x20)
        fail(path, 'A string must not contain a line break or control character; use \\n')
      i++
    }
    i = start
    return fail(path, 'This string is never closed: add the closing "')
  }
  const readNumber = (path: (string | number)[]) => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i))
    if (!match) fail(path, `Invalid number starting with ${describe(text, i)}`)
    i += (match as RegExpExecArray)[0].length
    if (i < text.length && /[0-9.eE+-]/.test(text[i] as string)) fail(path, 'Invalid number')
  }
  const readValue = (path: (string | number)[]): void => {
    skipWhitespace()
    const c = text[i]
    if (c === '{') return readObject(path)
    if (c === '[') return readArray(path)
    if (c === '"') return void readString(path)
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return readNumber(path)
    if (c === 't') return expectLiteral(path, 'true')
    if (c === 'f') return expectLiteral(path, 'false')
    if (c === 'n') return expectLiteral(path, 'null')
    return fail(path, expectValueMessage())
  }
  const readObject = (path: (string | number)[]) => {
    i++ // {
    const keys = new Set<string>()
    skipWhitespace()
    if (text[i] === '}') return void i++
    for (;;) {
      skipWhitespace()
      if (text[i] === '}') fail(path, "Trailing comma: remove the ',' before '}'")
      if (text[i] !== '"')
        fail(path, `Expected a property name in double quotes but found ${describe(text, i)}`)
      const keyOffset = i
      const key = readString(path)
      if (keys.has(key)) {
        i = keyOffset
        fail(path, `Property "${key}" appears more than once in this object`)
      }
      keys.add(key)
      skipWhitespace()
      if (text[i] !== ':')
        fail([...path, key], `Expected ':' after the property name but found ${describe(text, i)}`)
      i++
      readValue([...path, key])
      skipWhitespace()
      if (text[i] === '}') return void i++
      if (text[i] !== ',')
        fail([...path, key], `Expected ',' or '}' after the property value but found ${describe(text, i)}`)
      i++
    }
  }
  const readArray = (path: (string | number)[]) => {
    i++ // [
    skipWhitespace()
    if (text[i] === ']') return void i++
    for (let index = 0; ; index++) {
      skipWhitespace()
      if (text[i] === ']') fail(path, "Trailing comma: remove the ',' before ']'")
      readValue([...path, index])
      skipWhitespace()
      if (text[i] === ']') return void i++
      if (text[i] !== ',')
        fail([...path, index], `Expected ',' or ']' after the array element but found ${describe(text, i)}`)
      i++
    }
  }

  try {
    readValue([])
    skipWhitespace()
    if (i < text.length) fail([], `Unexpected ${describe(text, i)} after the end of the JSON value`)
    return null
  } catch (error) {
    if (!(error instanceof Stop)) throw error
    return {
      offset: error.offset,
      ...lineAndColumn(text, error.offset),
      path: error.path,
      message: error.message,
    }
  }
}
