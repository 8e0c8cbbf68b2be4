import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startApi } from '../../service/api-runtime.ts'
import { jobIdOf } from '../../service/jobs.ts'
import { putUpload } from '../../service/uploads.ts'
import { sha256Hex } from '../../pipeline/extract-file.ts'
import { multipart, REPO, settingsFor, smallPlan, waitFor } from './helpers.ts'

const tmp = mkdtempSync(join(tmpdir(), 'cchc-serve-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

// No Redis, no PostgreSQL server: the embedded default of `cchc serve`.
describe('the embedded quick start (no REDIS_URL: in-process queue, PGlite in a data dir)', () => {
  const dataDir = join(tmp, 'data')
  const settings = () => ({ ...settingsFor(null), store: { dataDir } })

  it('is open without tokens, ingests an upload and keeps job ids answerable after a restart', async () => {
    const rt = await startApi(settings())
    let jobId = ''
    try {
      const m = multipart([{ name: '../../kh-119.md', bytes: readFileSync(join(REPO, 'samples/kh-119-ubnd-tinhbien-2017.md')) }])
      const res = await rt.app.inject({ method: 'POST', url: '/documents', ...m })
      expect(res.statusCode).toBe(202)
      jobId = JSON.parse(res.body).files[0].jobId
      await waitFor(async () => JSON.parse((await rt.app.inject({ method: 'GET', url: `/jobs/${jobId}` })).body).state === 'completed', 30_000, 'the job')
      const found = JSON.parse((await rt.app.inject({ method: 'GET', url: '/findings?criterion=1.5.3' })).body)
      expect(found.rows).toMatchObject([{ year: 2016, code: '1.5.3', fileName: 'kh-119.md' }])
    } finally { await rt.close() }
    // The client's name was metadata only: nothing but the database's own files in the data dir.
    expect(readdirSync(tmp)).toEqual(['data'])
    const again = await startApi(settings())
    try {
      const job = JSON.parse((await again.app.inject({ method: 'GET', url: `/jobs/${jobId}` })).body)
      expect(job).toMatchObject({ id: jobId, state: 'completed', fileName: 'kh-119.md' })
    } finally { await again.close() }
  }, 90_000)

  it('ingests on start an upload that was accepted but not processed before a stop', async () => {
    const bytes = new TextEncoder().encode(smallPlan(4242))
    const sha = sha256Hex(bytes)
    const first = await startApi(settings())
    // As if the process died right after committing the upload, before its job ran.
    await putUpload(first.db, sha, bytes, 'owed.md')
    await first.close()
    const rt = await startApi(settings())
    try {
      await waitFor(async () => JSON.parse((await rt.app.inject({ method: 'GET', url: `/jobs/${jobIdOf(sha)}` })).body).state === 'completed', 30_000, 'the owed job')
      expect((await rt.db.query('SELECT 1 FROM documents WHERE sha256 = $1', [sha])).length).toBe(1)
    } finally { await rt.close() }
  }, 90_000)
})
