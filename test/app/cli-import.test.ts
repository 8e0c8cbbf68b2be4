import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BIN, REPO, runCli } from './run-cli.ts'

const tmp = mkdtempSync(join(tmpdir(), 'cchc-import-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const stats = async (dataDir: string) => JSON.parse((await runCli(['stats', '--json', '--data-dir', dataDir])).stdout)

describe('cchc import on the embedded store', () => {
  const dataDir = join(tmp, 'samples-db')

  // The scan (5 pages) meets an OCR page limit of 4: reported, not stored (OCR itself: test/parsers/ocr-parser.test.ts).
  const ocrLimit = { env: { CCHC_OCR_MAX_PAGES: '4' } }

  it('importing samples/ twice gives identical counts; the scan over the OCR page limit is reported, not stored', async () => {
    const first = await runCli(['import', 'samples', '--data-dir', dataDir], ocrLimit)
    expect(first.code).toBe(1)
    expect(first.stderr).toMatch(/kh-1073-sngv-hue-2017\.scan\.pdf: file_too_large: .*5 pages need OCR/)
    expect(first.stdout).toMatch(/done: 15 stored, 0 already known or duplicate, 1 failed, 1 not documents/)
    expect(first.stdout).toMatch(/README\.md: not_a_document: the text is not an administrative document: no official header/)
    const after1 = await stats(dataDir)
    const second = await runCli(['import', 'samples', '--data-dir', dataDir], ocrLimit)
    expect(second.stdout).toMatch(/done: 0 stored, 15 already known or duplicate, 1 failed, 1 not documents/)
    expect(await stats(dataDir)).toEqual(after1)
    expect(after1).toMatchObject({ documents: 15, failures: 1, renditions: 10 })
  }, 180_000)

  it('a note is reported as not a document and files of other extensions are counted in the summary', async () => {
    const dir = join(tmp, 'mixed')
    mkdirSync(dir)
    writeFileSync(join(dir, 'note.txt'), 'Ghi chú: nhớ gửi lại file cho anh Nam trước thứ sáu.\n')
    for (const f of ['a.zip', 'b.xlsx', 'c.xlsx']) writeFileSync(join(dir, f), 'x')
    const r = await runCli(['import', dir, '--data-dir', join(tmp, 'mixed-db')])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/done: 0 stored, 0 already known or duplicate, 0 failed, 1 not documents/)
    expect(r.stdout).toMatch(/note\.txt: not_a_document: /)
    expect(r.stdout).toMatch(/skipped: 3 \(\.xlsx 2, \.zip 1\)/)
    expect((await stats(join(tmp, 'mixed-db'))).documents).toBe(0)
  }, 120_000)

  it('the same file under another name is a duplicate, reported and not stored twice', async () => {
    const dir = join(tmp, 'renamed')
    mkdirSync(dir)
    writeFileSync(join(dir, 'copy-of-plan-95.docx'), readFileSync(join(REPO, 'samples/kh-95-sngv-quangtri-2019.docx')))
    const r = await runCli(['import', dir, '--data-dir', dataDir])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/0 stored, 1 already known or duplicate/)
    expect((await stats(dataDir)).duplicateNames).toBe(1)
  }, 120_000)

  it('search --criterion "sang kien" lists Tịnh Biên 2016 (1.5.3) and Hà Tĩnh 2021 (1.7)', async () => {
    const r = await runCli(['search', '--criterion', 'sang kien', '--json', '--data-dir', dataDir])
    const rows = JSON.parse(r.stdout).rows as { agency: string; province: string | null; year: number; code: string }[]
    expect(rows.map((x) => `${x.agency}|${x.year}|${x.code}`)).toEqual(expect.arrayContaining([
      'Ủy ban nhân dân huyện Tịnh Biên|2016|1.5.3', 'Sở Ngoại vụ|2021|1.7']))
  }, 60_000)

  it('exports a real .xlsx that starts with the header row', async () => {
    const out = join(tmp, 'f.xlsx')
    const r = await runCli(['export', '--format', 'xlsx', '--out', out, '--criterion', 'sáng kiến', '--data-dir', dataDir])
    expect(r.code).toBe(0)
    const ExcelJS = (await import('exceljs')).default
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const ws = wb.worksheets[0]
    expect(ws.getRow(1).getCell(1).value).toBe('Cơ quan')
    expect(ws.rowCount).toBeGreaterThanOrEqual(3)
  }, 60_000)
})

describe('an import killed mid-way', () => {
  it('stores every document exactly once when run again after SIGKILL', async () => {
    const src = join(tmp, 'many')
    mkdirSync(src)
    const base = readFileSync(join(REPO, 'samples/kh-119-ubnd-tinhbien-2017.md'), 'utf8')
    // distinct contents (a different closing line each) so none is a duplicate of another
    for (let i = 0; i < 30; i++) writeFileSync(join(src, `plan-${String(i).padStart(2, '0')}.md`), `${base}\n\nBản sao số ${i}.\n`)
    const dataDir = join(tmp, 'killed-db')
    const child = spawn(process.execPath, [BIN, 'import', src, '--data-dir', dataDir, '--concurrency', '1'], { cwd: REPO })
    await new Promise<void>((resolve) => {
      let err = ''
      child.stderr.on('data', (d) => {
        err += String(d)
        const m = [...err.matchAll(/import (\d+)\/30/g)].pop()
        if (m && Number(m[1]) >= 3) { child.kill('SIGKILL'); resolve() }
      })
      child.on('exit', () => resolve())
    })
    const again = await runCli(['import', src, '--data-dir', dataDir])
    const m = /done: (\d+) stored, (\d+) already known or duplicate, 0 failed/.exec(again.stdout)
    expect(m, again.stdout + again.stderr).not.toBeNull()
    expect(Number(m![1]) + Number(m![2])).toBe(30)
    expect(Number(m![2])).toBeGreaterThan(0)
    const s = await stats(dataDir)
    expect(s.documents).toBe(30)
    expect(readdirSync(src)).toHaveLength(30)
  }, 240_000)
})
