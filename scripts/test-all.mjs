// `npm test`: every check OneHall has, in order, stopping at the first failure:
// type check, lint, formatting, unit tests, production build, end-to-end tests in a real browser.
// `.ci/run` calls exactly this. Each step's own output is shown unchanged (vitest and Playwright end with
// their usual summary lines); a banner marks each step and one line sums up at the end.
import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

const steps = [
  { name: 'Type check', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'Lint', command: bin('eslint'), args: ['.'] },
  { name: 'Formatting', command: bin('prettier'), args: ['--check', '.'] },
  { name: 'Unit tests', command: bin('vitest'), args: ['run'] },
  { name: 'Build', command: 'npm', args: ['run', 'build'] },
  {
    name: 'End-to-end tests',
    command: process.execPath,
    args: [path.join(root, 'scripts', 'run-e2e.mjs')],
    // The build step has just run.
    env: { ONEHALL_E2E_SKIP_BUILD: '1' },
  },
]

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const rule = (text) => `\n━━━━ ${text} ${'━'.repeat(Math.max(4, 100 - text.length))}`

let child = null
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child && child.exitCode === null) child.kill(signal)
  })
}

function run(step) {
  return new Promise((resolve) => {
    child = spawn(step.command, step.args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...step.env },
    })
    child.once('error', (error) => {
      console.error(`Could not run ${step.command}: ${error.message}`)
      resolve(1)
    })
    child.once('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 1)))
  })
}

const started = Date.now()
const timings = []
for (const [index, step] of steps.entries()) {
  const shown = [
    path.basename(step.command) === path.basename(process.execPath) ? 'node' : path.basename(step.command),
  ]
  shown.push(...step.args.map((arg) => (arg.startsWith(root) ? path.relative(root, arg) : arg)))
  console.log(rule(`[${index + 1}/${steps.length}] ${step.name}: ${shown.join(' ')}`))
  const stepStarted = Date.now()
  const code = await run(step)
  const took = Date.now() - stepStarted
  if (code !== 0) {
    const skipped = steps.slice(index + 1).map((s) => s.name)
    console.error(rule(`✗ ${step.name} FAILED (exit code ${code}, ${seconds(took)})`))
    console.error(skipped.length > 0 ? `Not run: ${skipped.join(', ')}.` : '')
    console.error(
      `npm test: FAILED at step ${index + 1}/${steps.length} (${step.name}) after ${seconds(Date.now() - started)}`,
    )
    process.exit(code)
  }
  timings.push(`${step.name.toLowerCase()} ${seconds(took)}`)
  console.log(`✓ ${step.name} passed (${seconds(took)})`)
}
console.log(rule('Summary'))
console.log(
  `npm test: all ${steps.length} steps passed in ${seconds(Date.now() - started)} (${timings.join(', ')})`,
)
