import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const script = fileURLToPath(new URL('./find-chromium.mjs', import.meta.url))
const dir = mkdtempSync(path.join(tmpdir(), 'find-chromium-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function findWith(browser: string) {
  const result = spawnSync(process.execPath, [script], {
    env: { ...process.env, ONEHALL_CHROMIUM: browser },
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() }
}

describe('find-chromium', () => {
  it('uses the browser ONEHALL_CHROMIUM points to', () => {
    const browser = path.join(dir, 'my-chromium')
    writeFileSync(browser, '#!/bin/sh\n')
    chmodSync(browser, 0o755)
    expect(findWith(browser)).toEqual({ code: 0, stdout: browser, stderr: '' })
  })

  it('refuses a path that is not an executable file and names the variable', () => {
    const notExecutable = path.join(dir, 'readme.txt')
    writeFileSync(notExecutable, 'not a browser')
    for (const browser of [notExecutable, path.join(dir, 'missing'), dir]) {
      const result = findWith(browser)
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`ONEHALL_CHROMIUM=${browser} is not an executable file`)
    }
  })
})
