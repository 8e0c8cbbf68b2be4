import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KIND_LABELS } from '../../app/labels.ts'
import { KindSchema } from '../../schemas/record.ts'
import { runCli } from './run-cli.ts'

// Never created: a flag is checked before the store opens.
const NONE = join(tmpdir(), `cchc-flag-errors-${process.pid}`)
const store = ['--data-dir', NONE]

// Every flag that takes a value, with a value it must refuse: [command line, flag named].
const CASES: [string[], string][] = [
  [['search', '--year', 'abc', ...store], '--year'],
  [['search', '--year', '1800', ...store], '--year'],
  [['search', '--year', '2021.5', ...store], '--year'],
  [['search', '--limit', '0', ...store], '--limit'],
  [['search', '--limit', 'many', ...store], '--limit'],
  [['search', '--kind', 'memo', ...store], '--kind'],
  [['search', '--criterion', '', ...store], '--criterion'],
  [['search', '--agency', ' ', ...store], '--agency'],
  [['search', '--province', 'x'.repeat(101), ...store], '--province'],
  [['search', '--database-url', 'mysql://host/db'], '--database-url'],
  [['deficiencies', '--limit', '-5', ...store], '--limit'],
  [['deficiencies', '--agency', '', ...store], '--agency'],
  [['agencies', '--province', '', ...store], '--province'],
  [['export', '--format', 'pdf', '--out', join(NONE, 'x'), ...store], '--format'],
  [['export', '--format', 'csv', '--out', join(NONE, 'x'), '--year', '3000', ...store], '--year'],
  [['export', '--format', 'csv', '--out', join(NONE, 'x'), '--kind', 'báo cáo', ...store], '--kind'],
  [['import', '--concurrency', 'abc', 'samples/README.md', ...store], '--concurrency'],
  [['import', '--concurrency', '0', 'samples/README.md', ...store], '--concurrency'],
  [['import', '--ocr-max-pages', '-1', 'samples/README.md', ...store], '--ocr-max-pages'],
  [['extract', '--timeout-ms', '-1', 'samples/README.md'], '--timeout-ms'],
  [['extract', '--max-bytes', '1.5', 'samples/README.md'], '--max-bytes'],
  [['extract', '--memory-mb', 'lots', 'samples/README.md'], '--memory-mb'],
  [['serve', '--port', 'abc', ...store], '--port'],
  [['serve', '--concurrency', '999', ...store], '--concurrency'],
  [['worker', '--concurrency', 'abc'], '--concurrency'],
  [['jobs', '--limit', 'abc'], '--limit'],
  [['jobs', '--state', 'sleeping'], '--state'],
  [['criteria', 'link', 'abc', '--new', 'x', ...store], '--concept'],
]

// An invalid flag value is one clear line naming the flag and exit status 2, never
// "internal error" and a dump, and nothing is opened or created for it.
describe.concurrent('invalid flag values', () => {
  it.each(CASES)('%j names %s on one line and exits 2', async (args, flag) => {
    const r = await runCli(args, { env: { REDIS_URL: 'redis://127.0.0.1:1' } })
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain(flag)
    expect(r.stderr).not.toMatch(/internal error|ZodError|^\s+at /m)
    expect(existsSync(NONE)).toBe(false)
  }, 60_000)

  it('--kind help lists exactly the kinds of the record schema', () => {
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...KindSchema.options].sort())
  })
})
