// Compiles a TypeScript entry and our modules it imports into plain JavaScript (packages stay
// external), cached by content hash under node_modules/.cache/cchc/. A process or worker started
// from it needs no TypeScript loader: tsx and its compiled modules cost the importer ~60 MB of
// its peak memory, next to PGlite's database in the same process. Plain JavaScript, so that
// bin/cchc.mjs can run it before any TypeScript loader exists.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// Inside node_modules so a bundle's external imports (mammoth, pdf-parse …) resolve from it.
const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/cchc/', import.meta.url))
const SELF = fileURLToPath(import.meta.url)

// Packages stay external (loaded from node_modules as they are) except zod and the one package
// that imports it: zod's ~100 small modules (60 of them locales) took a CLI start ~0.14 s to
// resolve and load, ~0.05 s once inlined with what we use of it. Its fastify provider comes
// along so that the server validates with the same zod instance that built the schemas.
const INLINED = /^(zod|fastify-type-provider-zod)(\/|$)/
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (INLINED.test(args.path) ? undefined : { path: args.path, external: true }))
  },
}

export const BUNDLE_OPTIONS = Object.freeze({
  bundle: true, platform: 'node', format: 'esm',
  target: 'node20.10', // 20.10: import attributes (`with { type: 'json' }`) are kept
  write: false, logLevel: 'silent', plugins: [externalPackages],
})

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16)

// Writes a compiled bundle once per content and returns its URL.
export function cacheBundle(name, text) {
  const file = `${CACHE_DIR}${name}-${hash(text)}.mjs`
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, text)
    renameSync(tmp, file) // atomic: concurrent processes never see half a bundle
  }
  return pathToFileURL(file)
}

// Split output (an entry and the chunks its dynamic imports load) as one directory named by the
// hash of all its files, written beside and renamed into place: never seen half written.
function cacheSplit(name, files) {
  const dir = `${CACHE_DIR}${name}-${hash(files.map((f) => `${f.name}\0${f.text}`).join('\0'))}`
  if (!existsSync(dir)) {
    const tmp = `${dir}.${process.pid}.tmp`
    mkdirSync(tmp, { recursive: true })
    for (const f of files) writeFileSync(join(tmp, f.name), f.text)
    try { renameSync(tmp, dir) } catch (e) { rmSync(tmp, { recursive: true, force: true }); if (!existsSync(dir)) throw e }
  }
  return dir
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

// Which sources a compiled entry came from, with their size and mtime: when none changed, the
// cached entry is used without loading esbuild, which alone cost a start ~0.2–0.7 s.
const manifestFile = (name, source) => `${CACHE_DIR}${name}-${hash(fileURLToPath(source))}.manifest.json`
const stamp = (path) => { const s = statSync(path); return `${s.size}:${s.mtimeMs}` }

function cachedEntry(manifest) {
  try {
    const m = JSON.parse(readFileSync(manifest, 'utf8'))
    if (!existsSync(fileURLToPath(m.entry))) return null
    for (const [path, was] of m.inputs) if (stamp(path) !== was) return null
    return new URL(m.entry)
  } catch {
    return null
  }
}

// The compiled entry's URL, or null when compiling is impossible (esbuild missing, read-only
// install): the caller then loads the TypeScript through tsx. Dynamic `import()`s become
// separate chunks, so a command loads only the modules (and packages) it uses.
export async function compileEntry(source, name) {
  const manifest = manifestFile(name, source)
  const cached = cachedEntry(manifest)
  if (cached) return cached
  try {
    const { build } = await import('esbuild')
    const entryPath = fileURLToPath(source)
    const outdir = join(CACHE_DIR, 'out') // never written: write is false
    const result = await build({
      ...BUNDLE_OPTIONS, entryPoints: [entryPath], plugins: [...BUNDLE_OPTIONS.plugins, keepSourceUrls], metafile: true,
      splitting: true, outdir, entryNames: 'entry', chunkNames: 'chunk-[hash]', outExtension: { '.js': '.mjs' },
    })
    const files = result.outputFiles.map((f) => ({ name: basename(f.path), text: f.text }))
    const dir = cacheSplit(name, files)
    const entry = pathToFileURL(join(dir, 'entry.mjs'))
    const paths = Object.keys(result.metafile.inputs).map((p) => join(process.cwd(), p))
    // An inlined package is represented by its package.json: a new version recompiles.
    const packages = new Set(paths.map((p) => /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1]).filter(Boolean).map((d) => join(d, 'package.json')))
    const inputs = [SELF, ...paths.filter((p) => !p.includes('/node_modules/')), ...packages].map((p) => [p, stamp(p)])
    const tmp = `${manifest}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify({ entry: entry.href, inputs }))
    renameSync(tmp, manifest)
    return entry
  } catch {
    return null
  }
}

export const compiledDir = (url) => dirname(fileURLToPath(url))
