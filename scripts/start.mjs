// `npm start`: builds the client when its build is missing or older than its sources, then runs the
// server. Signals are forwarded and the server's exit code is ours, so process managers see the truth.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { constants } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const defaultClientDir = path.join(root, 'dist', 'client')
const clientDir = process.env.ONEHALL_CLIENT_DIR
  ? path.resolve(process.env.ONEHALL_CLIENT_DIR)
  : defaultClientDir
const builtIndex = path.join(clientDir, 'index.html')
const clientSources = ['src/client', 'src/shared', 'index.html', 'public', 'vite.config.ts'].map((p) =>
  path.join(root, p),
)

/** The newest modification time of a file or of any file below a folder (0 when it does not exist). */
function newestMtime(target) {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)))
  }
  return newest
}

/** Why the client must be built, or null when the build is current. */
function buildReason() {
  if (!existsSync(builtIndex)) return 'no client build found'
  const builtAt = statSync(builtIndex).mtimeMs
  const changed = clientSources.find((source) => newestMtime(source) > builtAt)
  return changed ? `${path.relative(root, changed)} changed since the last build` : null
}

let child = null
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopping = true
    // Forward once: the child's own shutdown handles the rest, and a terminal's Ctrl+C reaches it too.
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal)
  })
}

/** Runs a Node script with the same Node binary; resolves with its exit code. */
function run(args, env = process.env) {
  return new Promise((resolve) => {
    child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' })
    child.on('error', (error) => {
      console.error(`Could not start ${args.join(' ')}: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 0)))
  })
}

const reason = buildReason()
if (reason) {
  if (clientDir !== defaultClientDir) {
    console.error(
      `ONEHALL_CLIENT_DIR=${clientDir}: ${reason}. Build it there yourself, or unset ONEHALL_CLIENT_DIR.`,
    )
  } else {
    console.log(`Building the OneHall web app (${reason})...`)
    let code = await run([path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'])
    if (code === 0 && !stopping) code = await run([path.join(root, 'scripts', 'compress-build.mjs')])
    if (code !== 0 || stopping) {
      if (code !== 0) console.error('The web app build failed; see the messages above.')
      process.exit(code || 1)
    }
  }
}

process.exitCode = await run(['--import', 'tsx', path.join(root, 'src', 'server', 'main.ts')])
