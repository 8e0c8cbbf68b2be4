import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'

const SOURCE = fileURLToPath(new URL('./extract-worker.ts', import.meta.url))
// Inside node_modules so the bundle's external imports (mammoth, pdf-parse …) resolve from it.
const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/cchc/', import.meta.url))
const TSX_BOOT = new URL('./extract-worker-boot.mjs', import.meta.url)

let entry: URL | null = null

// The worker's code compiled once per process to plain JavaScript (our sources bundled, packages
// left external) and cached by content hash. A worker started from it needs no TypeScript loader:
// two idle workers took 393 MB through tsx and 84 MB from the bundle. If compiling is impossible
// (read-only install), workers load the TypeScript through tsx instead.
export function workerEntry(): URL {
  if (entry) return entry
  try {
    const out = buildSync({ entryPoints: [SOURCE], bundle: true, platform: 'node', format: 'esm', target: 'node20.10', // 20.10: import attributes (`with { type: 'json' }`) are kept
      packages: 'external', write: false, logLevel: 'silent' }).outputFiles[0].text
    const file = `${CACHE_DIR}extract-worker-${createHash('sha256').update(out).digest('hex').slice(0, 16)}.mjs`
    if (!existsSync(file)) {
      mkdirSync(CACHE_DIR, { recursive: true })
      const tmp = `${file}.${process.pid}.tmp`
      writeFileSync(tmp, out)
      renameSync(tmp, file) // atomic: concurrent processes never see half a bundle
    }
    entry = new URL(`file://${file}`)
  } catch {
    entry = TSX_BOOT
  }
  return entry
}
