import { readFile } from 'node:fs/promises'
import { formatPath, type SceneIssue } from '../../shared/scene'
import { findJsonSyntaxError } from './json-syntax'

/** The result of reading one scene file: its data, or the problems that stop it from being read. */
export type JsonFileResult = { ok: true; data: unknown } | { ok: false; issues: SceneIssue[] }

/**
 * Reads and parses a JSON scene file. A syntax error becomes a {@link SceneIssue} naming the
 * JSON path it occurred in and its line and column, so an editor can go straight to it.
 * @param absolutePath where to read the file
 * @param displayName how the file is named in error messages (usually relative to the working folder)
 */
export async function readJsonFile(absolutePath: string, displayName: string): Promise<JsonFileResult> {
  let text: string
  try {
    text = await readFile(absolutePath, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'File not found' : String(error)
    return { ok: false, issues: [{ file: displayName, path: '', message: reason }] }
  }
  // Some editors save a byte-order mark, which JSON.parse rejects; it carries no meaning here.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)

  const problem = findJsonSyntaxError(text)
  if (problem) {
    const where = formatPath(problem.path)
    const position = `line ${problem.line}, column ${problem.column}`
    return {
      ok: false,
      issues: [
        {
          file: displayName,
          path: where ? `${where} (${position})` : position,
          message: `JSON syntax error: ${problem.message}`,
        },
      ],
    }
  }
  return { ok: true, data: JSON.parse(text) as unknown }
}
