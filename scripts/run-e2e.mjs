// `npm run test:e2e [-- playwright args]`: runs the Playwright tests against the production build
// served by the real server. Steps: find Chromium (scripts/find-chromium.mjs), build the client when
// needed (always on CI), start the server on a free port with a temporary database, wait for
// /api/health, run `playwright test` with our arguments passed through, stop the server, and exit with
// Playwright's exit code. The server's output is saved to test-results/e2e-server.log.
//
// Environment: ONEHALL_CHROMIUM (browser path), CI (always build), ONEHALL_E2E_SKIP_BUILD=1 (the caller
// has just built, as `npm test` does), ONEHALL_E2E_SERVER_LOG=1 (show server output live).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { constants } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { findChromium } from './find-chromium.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const builtIndex = path.join(root, 'dist', 'client', 'index.html')
const clientSources = ['src/client', 'src/shared', 'index.html', 'public', 'vite.config.ts']
const log = (line) => console.log(`[e2e] ${line}`)

/** The newest modification time of a file or anything below a folder (0 when missing). */
function newestMtime(target) {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)))
  return newest
}

/** Why the client must be built now, or null when the existing build can be used. */
function buildReason() {
  if (process.env.ONEHALL_E2E_SKIP_BUILD === '1') return null
  if (process.env.CI) return 'running on CI'
  if (!existsSync(builtIndex)) return 'no client build yet'
  const builtAt = statSync(builtIndex).mtimeMs
  const changed = clientSources.find((source) => newestMtime(path.join(root, source)) > builtAt)
  return changed ? `${changed} changed since the last build` : null
}

let current = null
/** Runs a command in the repository with inherited output; resolves with its exit code. */
function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    current = spawn(command, args, { cwd: root, env, stdio: 'inherit' })
    current.once('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`)
      resolve(1)
    })
    current.once('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 1)))
  })
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name)

async function main() {
  let chromium
  try {
    chromium = findChromium({ log })
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  log(`browser: ${chromium}`)

  const reason = buildReason()
  if (reason) {
    log(`building the client (${reason}): npm run build`)
    const code = await run('npm', ['run', 'build'])
    if (code !== 0) {
      console.error('The client build failed; end-to-end tests not run.')
      return code
    }
  } else {
    log('using the existing client build in dist/client')
  }

  const { startServer } = await tsImport('../e2e/support/server.ts', import.meta.url)
  let server
  try {
    server = await startServer()
  } catch (error) {
    console.error(
      `\nThe OneHall server did not start:\n${error instanceof Error ? error.message : String(error)}\n`,
    )
    return 1
  }
  log(`server: ${server.url} (database ${server.dbFile})`)

  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true
      if (current && current.exitCode === null) current.kill(signal)
    })
  }
  let serverDied = false
  void server.exited.then(() => {
    serverDied = !stopping
  })

  const env = { ...process.env, ONEHALL_CHROMIUM: chromium, ONEHALL_BASE_URL: server.url }
  const code = await run(process.execPath, [bin('playwright'), 'test', ...process.argv.slice(2)], env)
  stopping = true
  const exit = await server.stop()
  mkdirSync(path.join(root, 'test-results'), { recursive: true })
  writeFileSync(
    path.join(root, 'test-results', 'e2e-server.log'),
    `${exit.stdout}\n--- stderr ---\n${exit.stderr}`,
  )
  if (serverDied) {
    console.error(
      `\nThe server stopped during the tests (code ${exit.code}); see test-results/e2e-server.log.`,
    )
    return code === 0 ? 1 : code
  }
  return code
}

process.exit(await main())
