// Finds the Chromium the end-to-end tests drive. Playwright cannot download browsers here (and never on
// CI), so the tests use a system browser: $ONEHALL_CHROMIUM, else Debian's /usr/bin/chromium, else
// /usr/bin/chromium-browser. When none exists and we run as root with apt-get, Debian's `chromium` is
// installed. Run directly (`node scripts/find-chromium.mjs`) it prints the path or why there is none.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** The environment variable that points the tests at a browser. */
export const CHROMIUM_ENV = 'ONEHALL_CHROMIUM'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

function hasAptGet() {
  return ['/usr/bin/apt-get', '/bin/apt-get'].some(existsSync)
}

/** Runs a command with its output shown; returns whether it succeeded. */
function run(log, command, args) {
  log(`$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return result.status === 0
}

/**
 * Returns the path of a Chromium executable for Playwright's `launchOptions.executablePath`.
 * @param {{ install?: boolean, log?: (line: string) => void }} [options]
 *   install: install Debian's chromium with apt-get when none is found and we are root (default true);
 *   log: where progress lines go (default console.log).
 * @returns {string}
 * @throws {Error} with a message that names ONEHALL_CHROMIUM when no browser can be found or installed.
 */
export function findChromium({ install = true, log = console.log } = {}) {
  const fromEnv = process.env[CHROMIUM_ENV]
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv
    throw new Error(
      `${CHROMIUM_ENV}=${fromEnv} is not an executable file. Point it at a Chromium or Chrome binary.`,
    )
  }
  const found = CANDIDATES.find(isExecutableFile)
  if (found) return found

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (install && isRoot && hasAptGet()) {
    log("No Chromium found: installing Debian's chromium package with apt-get (as root).")
    if (run(log, 'apt-get', ['update']) && run(log, 'apt-get', ['install', '-y', 'chromium'])) {
      const installed = CANDIDATES.find(isExecutableFile)
      if (installed) {
        log(`Installed ${installed}.`)
        return installed
      }
    }
    throw new Error(
      `Installing chromium with apt-get failed (see the output above). Install a Chromium yourself and set ${CHROMIUM_ENV} to its path.`,
    )
  }
  const why = !install
    ? 'installing was not allowed'
    : !isRoot
      ? 'not running as root, so it cannot be installed with apt-get'
      : 'apt-get is not available'
  throw new Error(
    `No Chromium found (looked for ${CANDIDATES.join(', ')}; ${why}).\n` +
      `Install Chromium (Debian: apt-get install -y chromium) or set ${CHROMIUM_ENV}=/path/to/chromium.`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(findChromium())
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}
