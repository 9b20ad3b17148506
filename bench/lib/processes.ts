import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { readFile } from 'node:fs/promises'

type Cleanup = () => Promise<void> | void

/**
 * Everything the bench started, stopped in reverse order on success, error and Ctrl-C alike.
 * Each cleanup runs once; a failing one does not keep the others from running.
 */
export class Cleanups {
  private readonly stack: { label: string; fn: Cleanup }[] = []
  private closed = false

  /**
   * Registers a cleanup; returns a function that runs it early and removes it. After `runAll` (an
   * interrupt while something was starting) the cleanup runs at once.
   */
  add(label: string, fn: Cleanup): () => Promise<void> {
    if (this.closed) {
      void Promise.resolve()
        .then(fn)
        .catch(() => undefined)
      return async () => undefined
    }
    const entry = { label, fn }
    this.stack.push(entry)
    return async () => {
      const i = this.stack.indexOf(entry)
      if (i >= 0) {
        this.stack.splice(i, 1)
        await entry.fn()
      }
    }
  }

  async runAll(): Promise<void> {
    this.closed = true
    while (this.stack.length > 0) {
      const entry = this.stack.pop()
      if (!entry) break
      try {
        await entry.fn()
      } catch (error) {
        console.error(`cleanup "${entry.label}" failed: ${(error as Error).message}`)
      }
    }
  }
}

/** A child process the bench started, with its output going to a log file. */
export interface Started {
  child: ChildProcess
  pid: number
  logFile: string
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>
  /** SIGTERM, then SIGKILL if it has not ended after `graceMs`. */
  stop(graceMs?: number): Promise<void>
  /** The last lines of its log, for error messages. */
  logTail(lines?: number): Promise<string>
}

/** Starts a process whose stdout and stderr go to `logFile`; registers its stop with `cleanups`. */
export function startProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; cleanups: Cleanups; label: string },
): Started {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (child.pid === undefined) throw new Error(`could not start ${command}`)
  const log = createWriteStream(options.logFile)
  child.stdout?.pipe(log, { end: false })
  child.stderr?.pipe(log, { end: false })
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'))
  })
  const stop = async (graceMs = 5000): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
    }
    log.end()
  }
  options.cleanups.add(options.label, () => stop())
  return {
    child,
    pid: child.pid,
    logFile: options.logFile,
    exited,
    stop,
    logTail: async (lines = 20) => {
      const text = await readFile(options.logFile, 'utf8').catch(() => '')
      return text.trimEnd().split('\n').slice(-lines).join('\n')
    },
  }
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function runToEnd(command: string, args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit' })
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })
}

/** Resident set size of a process in bytes, from /proc (Linux), or null where that is not readable. */
export async function residentBytes(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null)
  const match = status?.match(/^VmRSS:\s+(\d+)\s+kB/m)
  return match ? Number(match[1]) * 1024 : null
}
