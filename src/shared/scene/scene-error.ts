/** One problem in a scene file: which file, where inside it (a JSON path), and what is wrong. */
export type SceneIssue = { file: string; path: string; message: string }

/** Thrown when scene data is invalid; its message lists every problem, one per line. */
export class SceneError extends Error {
  readonly issues: SceneIssue[]

  constructor(issues: SceneIssue[]) {
    super(
      `Invalid scene data (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  ${i.file} at ${i.path || '(root)'}: ${i.message}`).join('\n'),
    )
    this.name = 'SceneError'
    this.issues = issues
  }
}

/** Formats a zod issue path like `counters[3].position[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}
