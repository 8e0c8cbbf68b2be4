// Compiles a TypeScript entry and our modules it imports into one plain JavaScript file
// (packages stay external), cached by content hash under node_modules/.cache/cchc/. A process
// or worker started from it needs no TypeScript loader: tsx and its compiled modules cost the
// importer ~60 MB of its peak memory, next to PGlite's database in the same process. Plain
// JavaScript, so that bin/cchc.mjs can run it before any TypeScript loader exists.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'

// Inside node_modules so a bundle's external imports (mammoth, pdf-parse …) resolve from it.
const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/cchc/', import.meta.url))

export const BUNDLE_OPTIONS = Object.freeze({
  bundle: true, platform: 'node', format: 'esm',
  target: 'node20.10', // 20.10: import attributes (`with { type: 'json' }`) are kept
  packages: 'external', write: false, logLevel: 'silent',
})

// Writes a compiled bundle once per content and returns its URL.
export function cacheBundle(name, text) {
  const file = `${CACHE_DIR}${name}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, text)
    renameSync(tmp, file) // atomic: concurrent processes never see half a bundle
  }
  return pathToFileURL(file)
}

// Our modules find files beside their source (migrations, pglite-init.mjs, the worker's
// source, the web client) through import.meta.url; in a bundle that would be the bundle's URL,
// so each module's own source URL is written in instead.
const keepSourceUrls = {
  name: 'keep-source-urls',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined
      const source = await readFile(args.path, 'utf8')
      if (!source.includes('import.meta.url')) return undefined
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('ts') ? 'ts' : 'js' }
    })
  },
}

// The compiled file's URL, or null when compiling is impossible (esbuild missing, read-only
// install): the caller then loads the TypeScript through tsx.
export async function compileEntry(source, name) {
  try {
    const { build } = await import('esbuild')
    const result = await build({ ...BUNDLE_OPTIONS, entryPoints: [fileURLToPath(source)], plugins: [keepSourceUrls] })
    return cacheBundle(name, result.outputFiles[0].text)
  } catch {
    return null
  }
}
