import { readdir } from 'node:fs/promises'
import path from 'node:path'
import {
  SceneError,
  formatPath,
  validateHall,
  type Hall,
  type SceneIssue,
  type SceneSource,
} from '../../shared/scene'
import { generatedHallSchema, hallFromGenerated } from '../../shared/scene/generate-hall'
import { contentHash } from './content-hash'
import { readJsonFile } from './read-json-file'

/** Every hall the server can serve, by id, and the content hash of each (sha256 of its canonical JSON). */
export type LoadedScenes = {
  halls: ReadonlyMap<string, Hall>
  contentHashes: ReadonlyMap<string, string>
}

const LAYOUT_FILE = 'hall.json'
const GENERATED_FILE = 'generated.json'
const SERVICES_DIR = 'services'

/** Names files relative to the working folder when they are inside it, so messages stay short. */
function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute
}

async function listEntries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function idMismatch(file: string, data: unknown, folder: string): SceneIssue[] {
  const id = (data as { id?: unknown } | null)?.id
  if (typeof id !== 'string' || id === folder) return []
  return [{ file, path: 'id', message: `Hall id "${id}" must equal its folder name "${folder}"` }]
}

function asSceneIssues(file: string, error: unknown): SceneIssue[] {
  if (error instanceof SceneError) return error.issues
  return [{ file, path: '', message: error instanceof Error ? error.message : String(error) }]
}

async function loadAuthoredHall(
  folderPath: string,
  folder: string,
): Promise<{ hall?: Hall; issues: SceneIssue[] }> {
  const layoutFile = path.join(folderPath, LAYOUT_FILE)
  const issues: SceneIssue[] = []
  const layout = await readJsonFile(layoutFile, displayPath(layoutFile))
  if (!layout.ok) issues.push(...layout.issues)

  const servicesPath = path.join(folderPath, SERVICES_DIR)
  const serviceNames = ((await listEntries(servicesPath)) ?? [])
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort()
  const services: SceneSource[] = []
  for (const name of serviceNames) {
    const file = path.join(servicesPath, name)
    const result = await readJsonFile(file, displayPath(file))
    if (result.ok) services.push({ file: displayPath(file), data: result.data })
    else issues.push(...result.issues)
  }
  // A file that cannot be read would show up again as knock-on problems (a department "has no
  // services" because its service file did not parse), so syntax errors are reported alone.
  if (!layout.ok || issues.length > 0) return { issues }

  issues.push(...idMismatch(displayPath(layoutFile), layout.data, folder))
  try {
    const hall = validateHall({ file: displayPath(layoutFile), data: layout.data }, services)
    return issues.length > 0 ? { issues } : { hall, issues }
  } catch (error) {
    return { issues: [...issues, ...asSceneIssues(displayPath(layoutFile), error)] }
  }
}

async function loadGeneratedHall(
  folderPath: string,
  folder: string,
  authored: ReadonlyMap<string, Hall>,
  failedFolders: ReadonlySet<string>,
): Promise<{ hall?: Hall; issues: SceneIssue[] }> {
  const file = displayPath(path.join(folderPath, GENERATED_FILE))
  const raw = await readJsonFile(path.join(folderPath, GENERATED_FILE), file)
  if (!raw.ok) return { issues: raw.issues }

  const parsed = generatedHallSchema.safeParse(raw.data)
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((issue) => ({
        file,
        path: formatPath(issue.path),
        message: issue.message,
      })),
    }
  }
  const issues = idMismatch(file, raw.data, folder)
  const base = authored.get(parsed.data.base)
  if (!base) {
    // A base hall with its own errors is already reported; naming it again would only add noise.
    if (!failedFolders.has(parsed.data.base)) {
      const known = [...authored.keys()].join(', ') || 'none'
      issues.push({ file, path: 'base', message: `Unknown base hall "${parsed.data.base}"; known: ${known}` })
    }
    return { issues }
  }
  if (issues.length > 0) return { issues }

  try {
    // The generated hall passes the same checks as a hand-made one, so a generator bug is reported
    // against the file that asked for it instead of surfacing in the renderer.
    return { hall: hallFromGenerated({ file, data: raw.data }, base), issues: [] }
  } catch (error) {
    return { issues: asSceneIssues(file, error) }
  }
}

/**
 * Loads every hall under `scenesDir`: each sub-folder is one hall, named by its id, holding either
 * `hall.json` plus `services/*.json`, or `generated.json` (parameters for {@link hallFromGenerated} on top
 * of an authored base hall). Folders starting with "." or "_" are skipped.
 * @throws {SceneError} listing every problem in every file (file, JSON path, message)
 */
export async function loadScenes(scenesDir: string): Promise<LoadedScenes> {
  const entries = await listEntries(scenesDir)
  if (!entries) {
    throw new SceneError([
      {
        file: displayPath(scenesDir),
        path: '',
        message: 'Scenes folder not found (set ONEHALL_SCENES to change it)',
      },
    ])
  }
  const folders = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort()

  const issues: SceneIssue[] = []
  const authored = new Map<string, Hall>()
  const failed = new Set<string>()
  const generatedFolders: string[] = []

  for (const folder of folders) {
    const folderPath = path.join(scenesDir, folder)
    const files = new Set(
      ((await listEntries(folderPath)) ?? []).filter((e) => e.isFile()).map((e) => e.name),
    )
    const hasLayout = files.has(LAYOUT_FILE)
    const hasGenerated = files.has(GENERATED_FILE)
    if (hasLayout && hasGenerated) {
      issues.push({
        file: displayPath(path.join(folderPath, GENERATED_FILE)),
        path: '',
        message: `A hall folder holds either ${LAYOUT_FILE} or ${GENERATED_FILE}, not both`,
      })
      failed.add(folder)
    } else if (hasGenerated) {
      generatedFolders.push(folder)
    } else if (hasLayout) {
      const result = await loadAuthoredHall(folderPath, folder)
      issues.push(...result.issues)
      if (result.hall) authored.set(folder, result.hall)
      else failed.add(folder)
    } else {
      issues.push({
        file: displayPath(folderPath),
        path: '',
        message: `Expected ${LAYOUT_FILE} (with ${SERVICES_DIR}/*.json) or ${GENERATED_FILE} in this hall folder`,
      })
    }
  }

  const halls = new Map<string, Hall>(authored)
  for (const folder of generatedFolders) {
    const result = await loadGeneratedHall(path.join(scenesDir, folder), folder, authored, failed)
    issues.push(...result.issues)
    if (result.hall) halls.set(folder, result.hall)
  }

  if (issues.length > 0) throw new SceneError(issues)
  if (halls.size === 0) {
    throw new SceneError([
      { file: displayPath(scenesDir), path: '', message: 'No halls found in the scenes folder' },
    ])
  }
  const contentHashes = new Map([...halls].map(([id, hall]) => [id, contentHash(hall)]))
  return { halls, contentHashes }
}
