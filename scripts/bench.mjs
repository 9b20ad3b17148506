// `npm run bench`: loads the TypeScript benchmark (bench/run.ts) through tsx and runs it.
import { tsImport } from 'tsx/esm/api'

const { runBench } = await tsImport('../bench/run.ts', import.meta.url)
try {
  await runBench(process.argv.slice(2))
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
}
