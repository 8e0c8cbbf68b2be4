import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../schemas/errors.ts'
import { ExtractionRecordSchema } from '../../schemas/record.ts'
import { cliLines, runCli, type CliRun } from './run-cli.ts'
import { buildDocxBomb } from './zip-writer.ts'

const GOOD = 'samples/kh-95-sngv-quangtri-2019.docx'

// Each hostile input is built here (nothing large is committed) and named for what it is.
const BAD: ReadonlyArray<readonly [name: string, code: keyof typeof ERROR_CODES, make: (path: string) => Promise<void>]> = [
  ['empty.docx', 'empty_file', (p) => writeFile(p, '')],
  ['truncated.docx', 'corrupt_docx', async (p) => {
    const whole = await readFile(GOOD)
    await writeFile(p, whole.subarray(0, whole.length >> 1))
  }],
  ['web-page.pdf', 'unsupported_format', (p) => writeFile(p, '<!DOCTYPE html><html><head><title>Lỗi</title></head><body>404</body></html>')],
  ['encrypted.pdf', 'encrypted_pdf', (p) => copyFile('test/fixtures/pdf-encrypted.pdf', p)],
  // 50 MB > the 32 MiB default: refused from its size, before being read.
  ['big.pdf', 'file_too_large', (p) => writeFile(p, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(50_000_000)]))],
  // 1 GiB of zeros in word/document.xml, about 1 MB on disk.
  ['bomb.docx', 'zip_bomb', (p) => writeFile(p, buildDocxBomb(1024 ** 3))],
  ['binary.docx', 'unsupported_format', (p) => writeFile(p, randomBytes(64 * 1024))],
  // 5 pages for OCR with a limit of 4 (CCHC_OCR_MAX_PAGES below): refused before any is read
  ['scanned.pdf', 'file_too_large', (p) => copyFile('samples/kh-1073-sngv-hue-2017.scan.pdf', p)],
]

describe('cchc extract with bad inputs next to a good one', () => {
  let dir = ''
  let out = ''
  let run: CliRun
  let lines: string[] = []
  const pathOf = (name: string): string => join(dir, name)

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cchc-bad-'))
    out = join(dir, 'out')
    for (const [name, , make] of BAD) await make(pathOf(name))
    // The good sample sits in the middle, so failures before and after it do not stop it.
    const args = BAD.map(([name]) => pathOf(name))
    args.splice(4, 0, GOOD)
    run = await runCli(['extract', ...args, '--out', out], { env: { CCHC_OCR_MAX_PAGES: '4' } })
    lines = cliLines(run.stderr)
  }, 180_000)
  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  it('exits with 1 because some inputs failed', () => {
    expect(run.code).toBe(1)
  })

  it('prints exactly one stderr line per bad input and nothing else', () => {
    expect(lines).toHaveLength(BAD.length)
  })

  it.each(BAD.map(([name, code]) => [name, code]))('reports %s in one line as FILE: %s: message', (name, code) => {
    const mine = lines.filter((l) => l.startsWith(`${pathOf(name)}: `))
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatch(new RegExp(`^${pathOf(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${code}: \\S`))
  })

  it('prints no stack traces', () => {
    expect(run.stderr).not.toMatch(/^\s+at /m)
  })

  it('still writes the good sample as kh-95-sngv-quangtri-2019.json, valid per the record schema', async () => {
    expect(await readdir(out)).toEqual(['kh-95-sngv-quangtri-2019.json'])
    const record = JSON.parse(await readFile(join(out, 'kh-95-sngv-quangtri-2019.json'), 'utf8'))
    expect(ExtractionRecordSchema.safeParse(record).success).toBe(true)
    expect(record.source).toMatchObject({ fileName: 'kh-95-sngv-quangtri-2019.docx', format: 'docx' })
  })
})
