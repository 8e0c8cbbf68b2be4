import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compileEntry } from '../../pipeline/compile.mjs'
import { REPO, runCli } from './run-cli.ts'

const SAMPLE = 'samples/kh-119-ubnd-tinhbien-2017.md'

describe('the cchc launcher', () => {
  it('compiles the CLI to cached files in which every module still finds the files beside its source', async () => {
    const url = await compileEntry(new URL('app/entry.ts', pathToFileURL(REPO)), 'cli')
    expect(url?.pathname).toMatch(/node_modules\/\.cache\/cchc\/cli-[0-9a-f]{16}\/entry\.mjs$/)
    const dir = dirname(fileURLToPath(url!))
    const files = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))
    // import.meta.url in a bundle is the bundle's own URL: migrations and pglite-init.mjs would not be found
    for (const text of files) expect(text).not.toContain('import.meta.url')
    expect(files.join('\n')).toContain(JSON.stringify(pathToFileURL(`${REPO}store/migrate.ts`).href))
  }, 60_000)

  it('loads only commander at start: the store, parsers, zod, exceljs and fastify come with the command that uses them', async () => {
    const url = await compileEntry(new URL('app/entry.ts', pathToFileURL(REPO)), 'cli')
    const dir = dirname(fileURLToPath(url!))
    // Every module the entry loads before running: its static imports, and theirs (not import()).
    const loaded = new Set<string>()
    const visit = (file: string) => {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^import\s(?:[^;'"]*?from\s*)?["']([^"']+)["']/gm)) {
        const target = m[1]!
        if (loaded.has(target)) continue
        loaded.add(target)
        if (target.startsWith('./')) visit(target.slice(2))
      }
    }
    visit('entry.mjs')
    expect([...loaded].filter((t) => !t.startsWith('./') && !t.startsWith('node:'))).toEqual(['commander'])
  }, 60_000)

  it('compiling twice gives the same file (cached by content)', async () => {
    const entry = new URL('app/entry.ts', pathToFileURL(REPO))
    expect((await compileEntry(entry, 'cli'))?.href).toBe((await compileEntry(entry, 'cli'))?.href)
  }, 60_000)

  it('runs the TypeScript through tsx when compiling is switched off, with the same output', async () => {
    const compiled = await runCli(['extract', SAMPLE])
    const viaTsx = await runCli(['extract', SAMPLE], { env: { CCHC_NO_COMPILE: '1' } })
    expect(viaTsx.code).toBe(0)
    expect(JSON.parse(viaTsx.stdout)).toEqual(JSON.parse(compiled.stdout))
  }, 120_000)
})
