import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * Builds the baseline pages (bare-three.html, rtc-peer.html) with the same bundler and minifier as
 * the app (Vite, production mode) into `outDir`, so each comparison is between production builds.
 */
export async function buildBaselinePages(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: here,
    base: './',
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      // three.js alone is ~530 kB minified; that is the point of the baseline, not a problem.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        input: { bare: path.join(here, 'bare-three.html'), rtc: path.join(here, 'rtc-peer.html') },
      },
    },
  })
}
