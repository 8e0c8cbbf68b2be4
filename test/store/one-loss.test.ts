import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ExtractionRecord, Finding } from '../../schemas/record.ts'
import type { Db } from '../../store/db.ts'
import { refreshDerived } from '../../store/refresh.ts'
import { saveDocument } from '../../store/save-document.ts'
import { listDeficiencies } from '../../store/queries/index.ts'
import { agencyGrid } from '../../web/queries.ts'
import { backends } from './backends.ts'
import { sampleRecord } from './sample-records.ts'

// One agency's documents built on the Tịnh Biên sample (its header, province, issuer), each with
// its own number, date, kind and findings.
let base: ExtractionRecord
beforeAll(async () => { base = (await sampleRecord('kh-119-ubnd-tinhbien-2017.docx')).record })

const finding = (code: string, title: string, deducted: number, status: Finding['status'] = 'unknown'): Finding =>
  ({ code, level: 'TCTP', title, area: null, max: deducted + 1, achieved: 1, deducted, reason: null, status, span: [0, 10] })

function doc(seq: number, kind: ExtractionRecord['kind'], date: string, assessmentYear: number, findings: Finding[]): { record: ExtractionRecord; bytes: Uint8Array } {
  const text = `${base.text}\n${kind} ${seq} ${date}`
  const bytes = new TextEncoder().encode(text)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const [year, month, day] = date.split('-').map(Number)
  const record: ExtractionRecord = { ...base, kind, text, assessmentYear, findings,
    source: { ...base.source, sha256, fileName: `${kind}-${seq}.docx` },
    number: { ...base.number!, raw: `${seq}/KH-UBND`, normalized: `${seq}/KH-UBND`, seq },
    date: { raw: date, iso: date, year, month, day } }
  return { record, bytes }
}

const ONTIME = 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn'
const ONLINE = 'Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến mức độ 3, 4'
const twoYears = () => [
  doc(501, 'ke_hoach', '2021-02-01', 2020, [finding('3.3.1', ONTIME, 1), finding('6.2.3', ONLINE, 0.5)]),
  doc(502, 'bao_cao', '2022-03-01', 2021, [finding('3.3.1', ONTIME, 0.5, 'in_progress'), finding('6.2.3', 'Tỷ lệ hồ sơ được giải quyết trực tuyến mức độ 3, 4', 0.5)]),
]

async function storeOneByOne(db: Db, docs: ReturnType<typeof twoYears>) {
  for (const d of docs) { await saveDocument(db, d.record, d.bytes); await refreshDerived(db) }
}
const comparable = async (db: Db) => (await listDeficiencies(db, { agency: 'Tịnh Biên' }))
  .map(({ agencyId: _a, conceptId: _c, byYear, ...r }) => ({ ...r, byYear: byYear.map((y) => ({ ...y, documents: y.documents.map((d) => d.number) })) }))

for (const backend of backends) {
  describe(`one loss counted once, in any order, on ${backend.name}`, () => {
    it('one agency\'s two years imported in both orders give identical deficiency rows', async () => {
      const a = await backend.open(), b = await backend.open()
      try {
        await storeOneByOne(a.db, twoYears())
        await storeOneByOne(b.db, twoYears().reverse())
        const rows = await comparable(a.db)
        expect(rows.length).toBeGreaterThan(0)
        expect(await comparable(b.db)).toEqual(rows)
      } finally { await a.drop(); await b.drop() }
    })

    it('two codes of one document never share a concept, in either order', async () => {
      for (const docs of [twoYears(), twoYears().reverse()]) {
        const { db, drop } = await backend.open()
        try {
          await storeOneByOne(db, docs)
          const rows = await db.query<{ code: string; concepts: number }>(
            "SELECT code, count(DISTINCT concept_id)::int AS concepts FROM findings WHERE code IN ('3.3.1', '6.2.3') GROUP BY code")
          const concepts = await db.query<{ n: number }>("SELECT count(DISTINCT concept_id)::int AS n FROM findings WHERE code IN ('3.3.1', '6.2.3')")
          expect(rows).toHaveLength(2)
          expect(concepts[0].n).toBe(2)
        } finally { await drop() }
      }
    })

    it('a plan and a report restating the same losses: grid and totalDeducted hold the loss once, at the report\'s value', async () => {
      const { db, drop } = await backend.open()
      try {
        await storeOneByOne(db, [
          doc(601, 'ke_hoach', '2021-01-10', 2020, [finding('1.5.3', 'Sáng kiến trong triển khai công tác CCHC', 2), finding('2.2.3', 'Công khai TTHC', 1)]),
          doc(602, 'bao_cao', '2021-06-10', 2020, [finding('1.5.3', 'Sáng kiến trong triển khai công tác CCHC', 2, 'done'), finding('2.2.3', 'Công khai TTHC', 0.5)]),
        ])
        const rows = await listDeficiencies(db, { agency: 'Tịnh Biên' })
        const byCode = new Map(rows.map((r) => [r.codes.join(), r]))
        expect(byCode.get('1.5.3')).toMatchObject({ totalDeducted: 2, years: [2020], latestStatus: 'done' })
        expect(byCode.get('2.2.3')).toMatchObject({ totalDeducted: 0.5 })
        expect(byCode.get('1.5.3')!.byYear[0].documents.map((d) => d.number).sort()).toEqual(['601/KH-UBND', '602/KH-UBND'])
        const grid = await agencyGrid(db, rows[0].agencyId)
        const cell = (code: string) => grid!.rows.find((r) => r.codes.includes(code))!.cells.find((c) => c.year === 2020)!
        expect(cell('1.5.3').deducted).toBe(2)
        expect(cell('2.2.3').deducted).toBe(0.5)
      } finally { await drop() }
    })
  })
}
