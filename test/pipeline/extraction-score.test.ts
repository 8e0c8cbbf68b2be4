import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { extractFile } from '../../pipeline/extract-file.ts'

// Every document of the shared samples and development set, in every format it comes in, scored
// against its key by the shared scorer (../shared/eval/score.mjs): no document may fall below
// its floor in test/fixtures/extraction-floors.json. Scans are left to the OCR tests.
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))
const present = existsSync(join(SHARED, 'eval/score.mjs'))
const FLOORS: Record<string, Record<string, number>> = JSON.parse(readFileSync(new URL('../fixtures/extraction-floors.json', import.meta.url), 'utf8'))

interface Set { readonly name: string; readonly dir: string; readonly keys: readonly string[]; readonly formats: readonly string[] }
const SETS: readonly Set[] = [
  { name: 'samples', dir: 'samples', keys: ['gold'], formats: ['docx', 'pdf', 'md'] },
  { name: 'dev', dir: 'dev', keys: ['dev/gold'], formats: ['docx', 'pdf', 'doc', 'txt'] },
  { name: 'dev-src', dir: 'dev/src', keys: ['dev/gold'], formats: ['md'] },
  { name: 'legacy', dir: 'dev/legacy', keys: ['dev/gold', 'gold'], formats: ['docx', 'doc', 'pdf'] },
]

const work = present ? mkdtempSync(join(tmpdir(), 'cchc-score-')) : ''
afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }) })

// slug → F1, as the scorer prints its per-document lines
async function score(set: Set, format: string): Promise<Map<string, number>> {
  const files = readdirSync(join(SHARED, set.dir)).filter((f) => f.endsWith(`.${format}`) && !f.includes('.scan.'))
  const pred = join(work, `${set.name}-${format}`, 'pred')
  const gold = join(work, `${set.name}-${format}`, 'gold')
  mkdirSync(pred, { recursive: true })
  mkdirSync(gold, { recursive: true })
  for (const f of files) {
    const slug = f.slice(0, -format.length - 1)
    const key = set.keys.map((k) => join(SHARED, k, `${slug}.json`)).find(existsSync)
    if (!key) continue
    copyFileSync(key, join(gold, `${slug}.json`))
    const record = await extractFile(new Uint8Array(readFileSync(join(SHARED, set.dir, f))), f)
    writeFileSync(join(pred, `${slug}.json`), JSON.stringify(record))
  }
  const out = execFileSync(process.execPath, [join(SHARED, 'eval/score.mjs'), '--gold', gold, '--pred', pred], { encoding: 'utf8' })
  console.log(`${set.name} ${format}: ${out.trim().split('\n').pop()}`)
  const result = new Map<string, number>()
  for (const line of out.split('\n')) {
    const m = /^(\S+)\s+\S+\s+\d+\s+\d+\s+\d+\s+([\d.]+)$/.exec(line.trim())
    if (m) result.set(m[1], Number(m[2]))
  }
  return result
}

describe.skipIf(!present && process.env.CI !== 'true')('extraction scored against the shared keys', () => {
  it('has the shared samples and development set beside the repository', () => {
    expect(present, `${SHARED} with eval/score.mjs is needed (a clone beside ../shared)`).toBe(true)
  })
  for (const set of SETS) {
    for (const format of set.formats) {
      it(`${set.name} .${format}: every document at or above its floor`, async () => {
        const got = await score(set, format)
        const floors = FLOORS[`${set.name}/${format}`] ?? {}
        expect(got.size).toBeGreaterThan(0)
        const below = [...got].filter(([slug, f1]) => f1 < (floors[slug] ?? 0.9)).map(([slug, f1]) => `${slug}: ${f1} < ${floors[slug] ?? 0.9}`)
        expect(below).toEqual([])
      }, 300_000)
    }
  }
})
