import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApi, type ApiRuntime } from '../../service/api-runtime.ts'
import { processIngestJob } from '../../service/process-job.ts'
import { createWorkerPool } from '../../pipeline/worker-pool.ts'
import { buildDocxBomb } from '../app/zip-writer.ts'
import { multipart, REPO, sandbox, serversUp, settingsFor, smallPlan, waitFor, type Sandbox } from './helpers.ts'

const UP = 'uploader-token-1'
const READ = 'auditor-token-1'
const sample = (name: string) => readFileSync(join(REPO, 'samples', name))
const auth = (t: string) => ({ authorization: `Bearer ${t}` })

describe.skipIf(!serversUp)('the HTTP API (in-process queue, PostgreSQL store)', () => {
  let sb: Sandbox
  let rt: ApiRuntime
  const upload = (files: Parameters<typeof multipart>[0], token = UP) => {
    const m = multipart(files)
    return rt.app.inject({ method: 'POST', url: '/documents', payload: m.payload, headers: { ...m.headers, ...auth(token) } })
  }
  const get = (url: string, token = READ) => rt.app.inject({ method: 'GET', url, headers: auth(token) })
  const counts = async () => (await rt.db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM blobs) AS blobs, (SELECT count(*)::int FROM service_uploads) AS uploads,
            (SELECT count(*)::int FROM documents) AS documents, (SELECT count(*)::int FROM failures) AS failures`))[0]
  const settled = (jobId: string) => waitFor(async () => ['completed', 'failed'].includes(JSON.parse((await get(`/jobs/${jobId}`)).body).state), 30_000, `job ${jobId}`)

  beforeAll(async () => {
    sb = sandbox()
    rt = await startApi(settingsFor(sb, { redis: false, env: { CCHC_UPLOAD_TOKENS: UP, CCHC_READ_TOKENS: READ, CCHC_MAX_FILES: '3' }, pipeline: { maxBytes: 200_000 } }))
  })
  afterAll(async () => { await rt?.close(); await sb?.cleanup() })

  it('accepts an upload with 202 and one queued job per file; the jobs complete and the findings are searchable', async () => {
    const res = await upload([{ name: 'kh-119-ubnd-tinhbien-2017.md', bytes: sample('kh-119-ubnd-tinhbien-2017.md') }, { name: 'bc-khacphuc-sngv-hatinh-2022.docx', bytes: sample('bc-khacphuc-sngv-hatinh-2022.docx') }])
    expect(res.statusCode).toBe(202)
    const files = JSON.parse(res.body).files as { jobId: string; status: string; fileName: string }[]
    expect(files.map((f) => [f.fileName, f.status])).toEqual([['kh-119-ubnd-tinhbien-2017.md', 'queued'], ['bc-khacphuc-sngv-hatinh-2022.docx', 'queued']])
    for (const f of files) await settled(f.jobId)
    const job = JSON.parse((await get(`/jobs/${files[0].jobId}`)).body)
    expect(job).toMatchObject({ state: 'completed', attempts: 1, result: { status: 'stored' } })
    const found = JSON.parse((await get('/findings?criterion=sang%20kien')).body)
    expect(found.rows.map((r: { year: number; code: string }) => `${r.year}|${r.code}`)).toEqual(expect.arrayContaining(['2016|1.5.3', '2021|1.7']))
    const doc = JSON.parse((await get(`/documents/${job.result.documentId}`)).body)
    expect(doc).toMatchObject({ id: job.result.documentId, fileName: 'kh-119-ubnd-tinhbien-2017.md' })
    expect(doc.passages.find((p: { label: string }) => p.label === '1.5.3').excerpt).toMatch(/Sáng kiến/)
    const list = JSON.parse((await get('/documents?limit=1&offset=1')).body)
    expect(list).toMatchObject({ total: 2, rows: [{ fileName: 'bc-khacphuc-sngv-hatinh-2022.docx' }] })
    expect(JSON.parse((await get('/deficiencies?recurring=false&limit=1')).body).rows).toHaveLength(1)
    expect(JSON.parse((await get('/stats')).body)).toMatchObject({ documents: 2, queue: 'in-process' })
  }, 60_000)

  it('fails an upload that is not an administrative document (a README) at once with not_a_document, storing nothing', async () => {
    const before = await counts()
    const res = await upload([{ name: 'README.md', bytes: sample('README.md') }])
    expect(res.statusCode).toBe(202)
    const { jobId } = JSON.parse(res.body).files[0]
    await settled(jobId)
    const job = JSON.parse((await get(`/jobs/${jobId}`)).body)
    expect(job).toMatchObject({ state: 'failed', attempts: 1, error: { code: 'not_a_document' } })
    expect(job.error.message).toMatch(/not an administrative document: no official header/)
    const after = await counts()
    expect({ documents: after.documents, failures: after.failures }).toEqual({ documents: before.documents, failures: before.failures })
  }, 60_000)

  it('answers a second upload of the same bytes with the existing document and no job', async () => {
    const bytes = sample('kh-95-sngv-quangtri-2019.md')
    const first = JSON.parse((await upload([{ name: 'a.md', bytes }])).body).files[0]
    await settled(first.jobId)
    const again = await upload([{ name: 'copy-of-a.md', bytes }])
    expect(again.statusCode).toBe(202)
    const dup = JSON.parse(again.body).files[0]
    expect(dup).toMatchObject({ status: 'duplicate', jobId: null, fileName: 'copy-of-a.md' })
    expect(dup.documentId).toBe(JSON.parse((await get(`/jobs/${first.jobId}`)).body).result.documentId)
    expect((await rt.db.query('SELECT 1 FROM documents WHERE sha256 = $1', [first.sha256])).length).toBe(1)
  }, 60_000)

  it('stores a job run twice once (the second run is a duplicate)', async () => {
    const bytes = new TextEncoder().encode(smallPlan(9001))
    const res = JSON.parse((await upload([{ name: 'twice.md', bytes }])).body).files[0]
    await settled(res.jobId)
    const pool = createWorkerPool({ concurrency: 1 })
    try {
      const again = await processIngestJob({ db: rt.db, pool }, { sha256: res.sha256, fileName: 'twice.md' })
      expect(again.status).toBe('duplicate')
    } finally { await pool.close() }
    expect((await rt.db.query<{ n: number }>('SELECT count(*)::int AS n FROM findings f JOIN documents d ON d.id = f.document_id WHERE d.sha256 = $1', [res.sha256]))[0].n).toBe(1)
  }, 60_000)

  it('keeps a traversal file name as a plain base name, as metadata only', async () => {
    const res = await upload([{ name: '../../etc/passwd', bytes: new TextEncoder().encode(smallPlan(9002)) }])
    expect(res.statusCode).toBe(202)
    const f = JSON.parse(res.body).files[0]
    expect(f.fileName).toBe('passwd')
    await settled(f.jobId)
    expect((await rt.db.query<{ file_name: string }>('SELECT file_name FROM documents WHERE sha256 = $1', [f.sha256]))[0].file_name).toBe('passwd')
  }, 60_000)

  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)])
  const truncatedDocx = sample('kh-95-sngv-quangtri-2019.docx').subarray(0, 3000)
  const md = new TextEncoder().encode(smallPlan(9100))
  const badUploads: [string, () => ReturnType<typeof upload>, number, string][] = [
    ['an empty file', () => upload([{ name: 'empty.md', bytes: '' }]), 400, 'empty_file'],
    ['a corrupt file (a truncated .docx)', () => upload([{ name: 'broken.docx', bytes: truncatedDocx }]), 422, 'corrupt_docx'],
    ['a .docx zip bomb (150 MB of zeros in ~150 KB)', () => upload([{ name: 'bomb.docx', bytes: buildDocxBomb(150 * 1024 * 1024) }]), 422, 'zip_bomb'],
    ['an oversized file', () => upload([{ name: 'big.md', bytes: 'x'.repeat(200_001) }]), 413, 'file_too_large'],
    ['a PNG named .pdf', () => upload([{ name: 'scan.pdf', bytes: png }]), 415, 'unsupported_format'],
    ['a PNG named ../../etc/passwd', () => upload([{ name: '../../etc/passwd', bytes: png }]), 415, 'unsupported_format'],
    ['a good file beside a bad one (nothing of the request is stored)', () => upload([{ name: 'ok.md', bytes: md }, { name: 'x.png', bytes: png }]), 415, 'unsupported_format'],
    ['more files than allowed', () => upload([1, 2, 3, 4].map((i) => ({ name: `${i}.md`, bytes: smallPlan(9200 + i) }))), 413, 'too_many_files'],
    ['no file part', () => upload([{ field: 'note', bytes: 'hello' }]), 400, 'invalid_request'],
    ['a JSON body', () => rt.app.inject({ method: 'POST', url: '/documents', payload: { file: 'x' }, headers: auth(UP) }), 400, 'invalid_request'],
    ['no token', () => rt.app.inject({ method: 'POST', url: '/documents', ...multipart([{ name: 'a.md', bytes: md }]) }), 401, 'unauthorized'],
    ['a wrong token', () => upload([{ name: 'a.md', bytes: md }], 'not-a-real-token'), 401, 'unauthorized'],
    ['an auditor token', () => upload([{ name: 'a.md', bytes: md }], READ), 403, 'forbidden'],
  ]

  it.each(badUploads)('rejects %s with a JSON {code, message}, stores nothing and stays up', async (_what, send, status, code) => {
    const before = await counts()
    const res = await send()
    expect(res.statusCode).toBe(status)
    const body = JSON.parse(res.body)
    expect(body).toEqual({ code, message: expect.any(String) })
    expect(body.message).not.toMatch(/\/work|node_modules|at .*\.ts:\d+|\/etc\//)
    expect(await counts()).toEqual(before)
    expect((await rt.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200)
  })

  it.each([
    ['/findings?year=abc', READ, 400, 'invalid_request'],
    ['/findings?limit=-1', READ, 400, 'invalid_request'],
    ['/findings?criterio=1.5.3', READ, 400, 'invalid_request'],
    ['/deficiencies?recurring=maybe', READ, 400, 'invalid_request'],
    ['/deficiencies?offset=-3', READ, 400, 'invalid_request'],
    ['/documents/..%2F..%2Fetc', READ, 400, 'invalid_request'],
    ['/jobs/a:b', READ, 400, 'invalid_request'],
    ['/jobs?state=exploded', READ, 400, 'invalid_request'],
    ['/jobs/sha-nope', READ, 404, 'not_found'],
    ['/documents/999999', READ, 404, 'not_found'],
    ['/findings', UP, 403, 'forbidden'],
    ['/findings', 'wrong-token-123', 401, 'unauthorized'],
    ['/findings?year=abc', 'wrong-token-123', 401, 'unauthorized'],
    ['/no-such-route', READ, 404, 'not_found'],
  ])('GET %s (token %s) → %i %s', async (url, token, status, code) => {
    const res = await get(url, token)
    expect(res.statusCode).toBe(status)
    expect(JSON.parse(res.body)).toEqual({ code, message: expect.any(String) })
  })

  it('retries only failed jobs: POST /jobs/:id/retry on a completed one is a conflict', async () => {
    const f = JSON.parse((await upload([{ name: 'r.md', bytes: smallPlan(9300) }])).body).files[0]
    await settled(f.jobId)
    const res = await rt.app.inject({ method: 'POST', url: `/jobs/${f.jobId}/retry`, headers: auth(UP) })
    expect(res.statusCode).toBe(409)
    expect(JSON.parse(res.body).code).toBe('conflict')
  }, 60_000)

  it('publishes an OpenAPI document built from the zod schemas', async () => {
    const doc = JSON.parse((await rt.app.inject({ method: 'GET', url: '/openapi.json' })).body)
    expect(Object.keys(doc.paths).sort()).toEqual(['/agencies/index', '/deficiencies', '/documents', '/documents/{id}', '/findings', '/health', '/jobs', '/jobs/{id}', '/jobs/{id}/retry', '/stats'])
    const year = doc.paths['/findings'].get.parameters.find((p: { name: string }) => p.name === 'year')
    expect(year).toMatchObject({ in: 'query', required: false, schema: { type: 'integer', minimum: 1990 } })
    expect(doc.paths['/documents'].post.responses['202']).toBeDefined()
  })
})
