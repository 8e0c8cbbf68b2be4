import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../store/db.ts'
import { saveDocument, updateDocument } from '../../store/save-document.ts'
import { listDeficiencies, searchFindings, showDocument, storeStats } from '../../store/queries/index.ts'
import { backends } from './backends.ts'
import { sampleFiles, sampleRecord } from './sample-records.ts'

for (const backend of backends) {
  describe(`store on ${backend.name}`, () => {
    let db: Db
    let drop: () => Promise<void>
    beforeAll(async () => {
      ({ db, drop } = await backend.open())
      for (const f of sampleFiles) { const s = await sampleRecord(f); await saveDocument(db, s.record, s.bytes) }
    }, 120_000)
    afterAll(async () => drop())

    it('storing the samples again adds nothing: counts are identical', async () => {
      const before = await storeStats(db)
      for (const f of sampleFiles) { const s = await sampleRecord(f); expect((await saveDocument(db, s.record, s.bytes)).status).toBe('duplicate') }
      expect(await storeStats(db)).toEqual(before)
      expect(before.documents).toBe(sampleFiles.length)
    })

    it('the .pdf and .md of a stored .docx are renditions of it, not new documents', async () => {
      const s = await storeStats(db)
      expect(s.renditions).toBe(10)
      const hits = await searchFindings(db, { criterion: '2.2.3' })
      expect(hits.total).toBe(1)
    })

    it('"sang kien" finds Tịnh Biên 2016 (1.5.3) and Hà Tĩnh 2021 (1.7) without diacritics', async () => {
      const { rows } = await searchFindings(db, { criterion: 'sang kien' })
      const found = rows.map((r) => `${r.agency}|${r.province ?? ''}|${r.year}|${r.code}`)
      expect(found).toContain('Ủy ban nhân dân huyện Tịnh Biên|An Giang|2016|1.5.3') // the district's province, from the gazetteer
      expect(found).toContain('Sở Ngoại vụ|Hà Tĩnh|2021|1.7')
    })

    it('a criterion code finds the same concept under its other framework code', async () => {
      const { rows } = await searchFindings(db, { criterion: '1.5.3' })
      expect(new Set(rows.map((r) => r.code))).toEqual(new Set(['1.5.3', '1.7']))
    })

    it('filters by agency (name or number code), province and year', async () => {
      expect((await searchFindings(db, { agency: 'so ngoai vu', province: 'Hà Tĩnh' })).rows.every((r) => r.province === 'Hà Tĩnh')).toBe(true)
      expect((await searchFindings(db, { agency: 'SNgV', year: 2016 })).rows.every((r) => r.year === 2016 && r.province === 'Thừa Thiên Huế')).toBe(true)
      expect((await searchFindings(db, { agency: 'Tịnh Biên' })).total).toBe(6)
    })

    it('the same agency is recognized in the header, the body and the number code', async () => {
      const names = await db.query<{ name: string; province: string | null }>('SELECT name, province FROM agencies ORDER BY province NULLS FIRST, name')
      expect(names.filter((n) => n.name === 'Sở Ngoại vụ').map((n) => n.province).sort()).toEqual(['Hà Tĩnh', 'Quảng Ngãi', 'Quảng Trị', 'Thừa Thiên Huế'])
    })

    it('a document is shown with the passages that prove its findings', async () => {
      const view = await showDocument(db, 'kh-119-ubnd-tinhbien-2017.docx')
      const p = view!.passages.find((x) => x.kind === 'finding' && x.label === '1.5.3')!
      expect(view!.record.text.slice(p.start, p.end)).toMatch(/^TCTP 1\.5\.3/)
      expect(p.excerpt).toContain('[TCTP 1.5.3')
    })

    it('deficiencies list, per agency and concept, the years that lost points', async () => {
      const rows = await listDeficiencies(db, { agency: 'Tịnh Biên' })
      expect(rows.find((r) => r.codes.includes('1.5.3'))).toMatchObject({ years: [2016], recurring: false })
      const notDone = await listDeficiencies(db, { unresolved: true })
      expect(notDone.map((r) => r.codes.join())).toContain('1.7')
    })

    it('re-extraction updates findings in place, keeps user links and marks vanished findings superseded', async () => {
      const { record } = await sampleRecord('kh-95-sngv-quangtri-2019.docx')
      const [doc] = await db.query<{ id: number }>('SELECT id FROM documents WHERE sha256 = $1', [record.source.sha256])
      const fake = { ...record, findings: [{ code: '9.9', level: null, title: 'Tiêu chí thử', area: null, max: 1, achieved: 0, deducted: 1, reason: null, status: 'unknown' as const, span: [0, 1] as [number, number] }] }
      await updateDocument(db, doc.id, fake)
      const [f] = await db.query<{ id: number; concept_id: number }>('SELECT id, concept_id FROM findings WHERE document_id = $1', [doc.id])
      const [other] = await db.query<{ id: number }>("INSERT INTO criteria (label, label_key) VALUES ('Khác', 'khac') RETURNING id")
      await db.query("UPDATE findings SET concept_id = $1, link_method = 'user' WHERE id = $2", [other.id, f.id])
      await updateDocument(db, doc.id, fake)
      expect((await db.query<{ concept_id: number }>('SELECT concept_id FROM findings WHERE id = $1', [f.id]))[0].concept_id).toBe(other.id)
      await updateDocument(db, doc.id, record)
      const rows = await db.query<{ superseded: boolean }>('SELECT superseded_at IS NOT NULL AS superseded FROM findings WHERE document_id = $1', [doc.id])
      expect(rows).toEqual([{ superseded: true }])
    })
  })
}
