import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'
import { BUNDLE_OPTIONS, cacheBundle } from './compile.mjs'

const SOURCE = fileURLToPath(new URL('./extract-worker.ts', import.meta.url))
const TSX_BOOT = new URL('./extract-worker-boot.mjs', import.meta.url)

let entry: URL | null = null

// The worker's code compiled once per process to plain JavaScript (our sources bundled, packages
// left external) and cached by content hash. A worker started from it needs no TypeScript loader:
// two idle workers took 393 MB through tsx and 84 MB from the bundle. If compiling is impossible
// (read-only install), workers load the TypeScript through tsx instead. Synchronous, unlike
// compileEntry, because a pool starts its workers synchronously.
export function workerEntry(): URL {
  if (entry) return entry
  try {
    entry = cacheBundle('extract-worker', buildSync({ ...BUNDLE_OPTIONS, entryPoints: [SOURCE] }).outputFiles![0].text)
  } catch {
    entry = TSX_BOOT
  }
  return entry
}
