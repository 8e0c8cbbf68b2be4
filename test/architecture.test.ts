import madge from 'madge'
import { describe, expect, it } from 'vitest'

// Imports point one way: schemas ← extract (pure core) ← parsers ← pipeline / store ← app.
const LAYER: Record<string, number> = { schemas: 0, extract: 1, parsers: 2, pipeline: 3, store: 3, app: 4, service: 4, web: 4, bin: 5 }
const layerOf = (file: string) => LAYER[file.split('/')[0]]

describe('architecture', () => {
  it('no module imports from a layer above its own', async () => {
    const graph = (await madge(['schemas', 'extract', 'parsers', 'pipeline', 'store', 'app', 'service', 'web'], {
      baseDir: '.', fileExtensions: ['ts', 'mjs'], detectiveOptions: { ts: { skipTypeImports: false } },
    })).obj()
    const wrong: string[] = []
    for (const [file, deps] of Object.entries(graph)) {
      for (const dep of deps) {
        const from = layerOf(file), to = layerOf(dep)
        if (from !== undefined && to !== undefined && to > from) wrong.push(`${file} → ${dep}`)
      }
    }
    expect(Object.keys(graph).length).toBeGreaterThan(50)
    expect(wrong).toEqual([])
  })

  it('the extraction core touches no filesystem, network, environment or clock', async () => {
    const graph = (await madge('extract', { baseDir: '.', fileExtensions: ['ts'] })).obj()
    const { readFileSync } = await import('node:fs')
    const offenders = Object.keys(graph).filter((f) => /from 'node:(fs|net|http|child_process|worker_threads)'|process\.env|Date\.now|new Date\(\)/.test(readFileSync(f, "utf8")))
    expect(offenders).toEqual([])
  })
})
