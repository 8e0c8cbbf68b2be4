import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../store/db.ts'
import { openStore } from '../../store/open-store.ts'
import { extractFile } from '../../pipeline/extract-file.ts'
import { saveDocument } from '../../store/save-document.ts'
import { webAssets } from '../../web/bundle.ts'
import { registerWebPage } from '../../web/register.ts'
import type { AgencyGrid, AgencySummary, CellFinding, CriterionSuggestion } from '../../web/types.ts'
import { sampleRecord } from '../store/sample-records.ts'

// The page's server half on a bare fastify app (no service needed): assets, its read
// endpoints on the embedded store with three real samples, and the read guard.
let db: Db
let app: FastifyInstance
const get = async <T = unknown>(url: string, headers: Record<string, string> = {}) => {
  const r = await app.inject({ method: 'GET', url, headers })
  return { status: r.statusCode, headers: r.headers, body: r.body, raw: r.rawPayload, json: () => JSON.parse(r.body) as T }
}

beforeAll(async () => {
  db = await openStore({})
  for (const f of ['kh-119-ubnd-tinhbien-2017.docx', 'bc-khacphuc-sngv-hatinh-2022.docx', 'kh-1073-sngv-hue-2017.docx']) {
    const s = await sampleRecord(f)
    await saveDocument(db, s.record, s.bytes)
  }
  app = Fastify()
  // A stand-in for the service's read-token check.
  const readGuard = async (req: { headers: Record<string, unknown> }) => {
    if (req.headers['x-test-deny']) throw Object.assign(new Error('send Authorization: Bearer <token>'), { statusCode: 401 })
  }
  await registerWebPage(app, { db: () => db, readGuard })
  await app.ready()
}, 120_000)
afterAll(async () => { await app?.close(); await db?.close() })

describe('web page assets', () => {
  it('serves the page with a strict CSP, and a bundle that never parses HTML from strings', async () => {
    const page = await get('/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/)
    expect(page.body).toContain('/assets/app.js')
    const js = await get('/assets/app.js')
    expect(js.status).toBe(200)
    expect(js.body.length).toBeGreaterThan(5000)
    expect(js.body).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/)
    expect((await get('/assets/app.css')).headers['content-type']).toMatch(/text\/css/)
    expect((await get('/assets/app.js', { 'if-none-match': js.headers.etag as string })).status).toBe(304)
  })

  it('builds once per process', async () => {
    expect(await webAssets()).toBe(await webAssets())
  })
})

describe('web read endpoints', () => {
  it('/criteria suggests known criteria by words without diacritics and by code prefix', async () => {
    const words = (await get<CriterionSuggestion[]>('/criteria?q=sang%20kien')).json()
    expect(words.find((c) => c.codes.includes('1.5.3'))?.codes).toEqual(expect.arrayContaining(['1.5.3', '1.7']))
    const code = (await get<CriterionSuggestion[]>('/criteria?q=1.5')).json()
    expect(code.some((c) => c.codes.some((x) => x.startsWith('1.5')))).toBe(true)
    expect((await get<CriterionSuggestion[]>('/criteria?q=')).json()).toEqual([])
  })

  it('/facets and /agencies list what the filters offer', async () => {
    const f = (await get<{ provinces: string[]; years: number[]; kinds: string[] }>('/facets')).json()
    expect(f.years).toEqual(expect.arrayContaining([2016, 2021]))
    expect(f.provinces).toContain('Hà Tĩnh')
    const agencies = (await get<AgencySummary[]>('/agencies')).json()
    expect(agencies.find((a) => /Tịnh Biên/.test(a.name))).toMatchObject({ documents: 1, firstYear: 2016 })
  })

  it('the agency grid sums points lost per criterion and year; a cell lists its findings with evidence', async () => {
    const tb = (await get<AgencySummary[]>('/agencies')).json().find((a) => /Tịnh Biên/.test(a.name))!
    const grid = (await get<AgencyGrid>(`/agencies/${tb.id}/grid`)).json()
    expect(grid.years).toEqual([2016])
    const row = grid.rows.find((r) => r.codes.includes('1.5.3'))!
    expect(row.cells).toEqual([{ year: 2016, deducted: 2, count: 1 }])
    const cell = (await get<CellFinding[]>(`/agencies/${tb.id}/findings?key=${row.key}&year=2016`)).json()
    expect(cell).toHaveLength(1)
    expect(cell[0].evidence).toMatch(/Sáng kiến/)
    expect(cell[0].reason).toBe('Không có sáng kiến.')
    expect((await get(`/agencies/999999/grid`)).status).toBe(404)
    expect((await get(`/agencies/${tb.id}/findings?key=c1`)).status).toBe(400)
  })

  it('/export returns the filtered findings as CSV and as a real .xlsx', async () => {
    const csv = await get('/export?format=csv&criterion=sang%20kien')
    expect(csv.headers['content-type']).toMatch(/text\/csv/)
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="tieu-chi-bi-tru-diem.csv"/)
    expect(csv.body.charCodeAt(0)).toBe(0xfeff)
    expect(csv.body).toContain('Tịnh Biên')
    expect(csv.body).toContain('1.7')
    const xlsx = await get('/export?criterion=1.5.3')
    expect(xlsx.raw.subarray(0, 2).toString()).toBe('PK')
    expect((await get('/export?format=pdf')).status).toBe(400)
  })

  it('/documents/:id/cited links a cited number to the stored document with that number and date', async () => {
    const text = 'BÁO CÁO\nKết quả thực hiện\n\nCăn cứ Kế hoạch số 119/KH-UBND ngày 28/8/2017 của Ủy ban nhân dân huyện Tịnh Biên về nâng cao chỉ số CCHC; Kế hoạch số 77/KH-UBND ngày 01/02/2017.\n'
    const bytes = new TextEncoder().encode(text)
    const saved = await saveDocument(db, await extractFile(bytes.slice(), 'bc-cites-119.md'), bytes)
    const [plan] = await db.query<{ id: number }>("SELECT id FROM documents WHERE number = '119/KH-UBND'")
    const cited = (await get<{ number: string; documentId: number | null }[]>(`/documents/${saved.documentId}/cited`)).json()
    expect(cited).toEqual(expect.arrayContaining([
      expect.objectContaining({ number: '119/KH-UBND', documentId: plan.id }),
      expect.objectContaining({ number: '77/KH-UBND', documentId: null }),
    ]))
  })

  it('data routes run the read guard; the page itself does not', async () => {
    expect((await get('/facets', { 'x-test-deny': '1' })).status).toBe(401)
    expect((await get('/export?format=csv', { 'x-test-deny': '1' })).status).toBe(401)
    expect((await get('/', { 'x-test-deny': '1' })).status).toBe(200)
  })
})
