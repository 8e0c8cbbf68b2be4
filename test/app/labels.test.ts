import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KIND_LABELS, labelRow, STATUS_LABELS, statsLines, yesNo } from '../../app/labels.ts'
import { runCli } from './run-cli.ts'

const tmp = mkdtempSync(join(tmpdir(), 'cchc-labels-'))
const dataDir = join(tmp, 'db')
const store = ['--data-dir', dataDir]
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

// A plan (status unknown) and a remediation report (done / not done): every status and kind path.
beforeAll(async () => {
  const r = await runCli(['import', '-q', 'samples/kh-119-ubnd-tinhbien-2017.md', 'samples/bc-khacphuc-sngv-hatinh-2022.md', ...store])
  expect(r.code, r.stderr).toBe(0)
}, 180_000)

// RFC 4180 as toCsv writes it: quoted cells may hold commas, quotes ("") and line breaks.
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++ } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(cell); cell = '' } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++ } else cell += c
  }
  return rows
}

const CODES = /\b(not_done|in_progress|unknown|done|ke_hoach|bao_cao|true|false)\b/
type Row = { status: string; kind: string; code: string | null; documentId: number }
const json = async (args: string[]) => JSON.parse((await runCli([...args, '--json', ...store])).stdout)

describe('the one formatter (app/labels.ts)', () => {
  it('turns coded fields into words and leaves the rest as they are', () => {
    expect(labelRow({ status: 'not_done', kind: 'bao_cao', recurring: true, unresolved: false, code: '1.5.3' }))
      .toEqual({ status: 'Chưa khắc phục', kind: 'Báo cáo', recurring: 'Có', unresolved: 'Không', code: '1.5.3' })
    expect(labelRow({ latestStatus: null, kind: 'something_new' })).toEqual({ latestStatus: '', kind: 'something_new' })
    expect([STATUS_LABELS.done, STATUS_LABELS.in_progress, STATUS_LABELS.unknown, KIND_LABELS.ke_hoach, KIND_LABELS.quyet_dinh])
      .toEqual(['Đã khắc phục', 'Đang thực hiện', 'Chưa rõ', 'Kế hoạch', 'Quyết định'])
    expect([yesNo(true), yesNo(false), yesNo(null)]).toEqual(['Có', 'Không', ''])
  })
})

describe('Vietnamese in tables and spreadsheets, codes in JSON', () => {
  it('search: the table says the status in words, --json keeps the codes', async () => {
    const { rows } = await json(['search']) as { rows: Row[] }
    const statuses = [...new Set(rows.map((r) => r.status))]
    expect(statuses).toEqual(expect.arrayContaining(['unknown', 'not_done', 'done']))
    const table = (await runCli(['search', ...store])).stdout
    for (const s of statuses) expect(table).toContain(STATUS_LABELS[s as keyof typeof STATUS_LABELS])
    expect(table).not.toMatch(CODES)
  }, 60_000)

  it('deficiencies: yes/no and the latest status in words; --json keeps booleans and codes', async () => {
    const rows = await json(['deficiencies']) as { recurring: boolean; latestStatus: string | null }[]
    expect(rows.length).toBeGreaterThan(0)
    expect(typeof rows[0]!.recurring).toBe('boolean')
    const table = (await runCli(['deficiencies', ...store])).stdout
    expect(table).toContain('Không')
    expect(table).not.toMatch(CODES)
  }, 60_000)

  it('export csv and xlsx: each row\'s kind and status are the label of the code in export json', async () => {
    const out = (ext: string) => join(tmp, `f.${ext}`)
    for (const f of ['csv', 'xlsx', 'json']) expect((await runCli(['export', '--format', f, '--out', out(f), ...store])).code).toBe(0)
    const rows = JSON.parse(readFileSync(out('json'), 'utf8')) as Row[]
    expect(rows.some((r) => r.kind === 'bao_cao') && rows.some((r) => r.kind === 'ke_hoach')).toBe(true)
    const want = rows.map((r) => [KIND_LABELS[r.kind as keyof typeof KIND_LABELS], STATUS_LABELS[r.status as keyof typeof STATUS_LABELS]])

    const csv = parseCsv(readFileSync(out('csv'), 'utf8').replace(/^\uFEFF/, ''))
    const [kindCol, statusCol] = ['Loại văn bản', 'Tình trạng khắc phục'].map((h) => csv[0]!.indexOf(h))
    expect(csv.slice(1).map((c) => [c[kindCol!], c[statusCol!]])).toEqual(want)

    const ExcelJS = (await import('exceljs')).default
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out('xlsx'))
    const ws = wb.worksheets[0]!
    const header = (ws.getRow(1).values as unknown[])
    const cells: string[][] = []
    ws.eachRow((row, n) => { if (n > 1) cells.push([String(row.getCell(header.indexOf('Loại văn bản')).value), String(row.getCell(header.indexOf('Tình trạng khắc phục')).value)]) })
    expect(cells).toEqual(want)
  }, 120_000)

  it('show and stats: Vietnamese labels, no camelCase names', async () => {
    const show = (await runCli(['show', '1', ...store])).stdout
    expect(show).toMatch(/Loại: (Kế hoạch|Báo cáo) · Số: /)
    expect(show).toMatch(/Năm đánh giá: \d{4}/)
    expect(show).not.toMatch(/assessment year|recipients|evidence/)
    const stats = (await runCli(['stats', ...store])).stdout
    expect(stats).toMatch(/^Văn bản\s+2$/m)
    expect(stats).toMatch(/Theo loại văn bản\s+Báo cáo: 1, Kế hoạch: 1/)
    expect(stats).not.toMatch(/[a-z][A-Z]/) // supersededFindings, byKind …
    expect((await json(['stats'])).byKind).toEqual({ bao_cao: 1, ke_hoach: 1 })
  }, 60_000)

  it('the stats labels cover exactly the stats fields', async () => {
    const s = await json(['stats'])
    expect(statsLines(s)).toHaveLength(Object.keys(s).length)
  }, 60_000)
})
