import { readFile } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { extractFile } from '../../pipeline/extract-file.ts'
import { isolatedExtract } from '../../pipeline/isolated-extract.ts'
import { createWorkerPool } from '../../pipeline/worker-pool.ts'
import { CchcError, ERROR_CODES } from '../../schemas/errors.ts'
import { ExtractionRecordSchema } from '../../schemas/record.ts'

const SAMPLE = 'samples/kh-95-sngv-quangtri-2019'
const html = new TextEncoder().encode('<!DOCTYPE html><html><body>404 Not Found</body></html>')
// Worker start-up loads tsx and every parser (~1 s, more on a busy machine).
const SLOW = 60_000

const failure = (p: Promise<unknown>): Promise<CchcError> =>
  p.then(() => { throw new Error('expected a failure') }, (e: CchcError) => e)

describe('worker pool', () => {
  const pool = createWorkerPool({ concurrency: 2 })
  afterAll(() => pool.close())

  it('returns the same record as the in-process extraction', async () => {
    const bytes = await readFile(`${SAMPLE}.docx`)
    const expected = await extractFile(bytes, 'kh-95.docx')
    const record = await pool.extract(bytes, 'kh-95.docx')
    expect(record).toEqual(expected)
    expect(ExtractionRecordSchema.safeParse(record).success).toBe(true)
  }, SLOW)

  it.each([
    ['an empty file', 'empty.docx', () => new Uint8Array(0)],
    ['HTML saved as .pdf', 'page.pdf', () => html],
    ['an encrypted PDF', 'enc.pdf', () => readFile('test/fixtures/pdf-encrypted.pdf')],
    ['a scan whose PNG header is damaged', 'scan.png', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
  ])('brings back %s as a CchcError with the worker\'s own code and message', async (_what, name, load) => {
    const bytes = await load()
    const local = await failure(extractFile(new Uint8Array(bytes), name))
    const remote = await failure(pool.extract(new Uint8Array(bytes), name))
    expect(remote).toBeInstanceOf(CchcError)
    expect({ code: remote.code, message: remote.message, transient: remote.transient })
      .toEqual({ code: local.code, message: local.message, transient: local.transient })
  }, SLOW)

  it('contains a parser that exhausts its heap (a damaged .doc) as parse_memory for that file alone', async () => {
    // This 44 KB Word file makes the .doc reader grow an array until V8 aborts the whole
    // process: a worker thread's resourceLimits did not contain it (exit 134, batch lost).
    const doc = await readFile('test/fixtures/doc-heap-abort.doc')
    const md = await readFile(`${SAMPLE}.md`)
    const [bad, good] = await Promise.allSettled([
      pool.extract(new Uint8Array(doc), 'doc-heap-abort.doc'),
      pool.extract(new Uint8Array(md), 'a.md'),
    ])
    expect(bad).toMatchObject({ status: 'rejected', reason: { code: 'parse_memory' } })
    expect((bad as PromiseRejectedResult).reason.message).toContain('doc-heap-abort.doc')
    expect(good.status).toBe('fulfilled')
    await expect(pool.extract(new Uint8Array(md), 'after.md')).resolves.toMatchObject({ source: { fileName: 'after.md' } })
  }, SLOW)

  it('leaves the caller\'s bytes intact (they are copied to the parser process)', async () => {
    const bytes = new Uint8Array(await readFile(`${SAMPLE}.md`))
    const done = pool.extract(bytes, 'kh-95.md')
    expect(bytes.byteLength).toBeGreaterThan(0)
    await done
  }, SLOW)

  it('kills a file over its time limit as parse_timeout while the rest of the batch goes on', async () => {
    const pdf = await readFile(`${SAMPLE}.pdf`)
    const md = await readFile(`${SAMPLE}.md`)
    const [slow, ok1, ok2] = await Promise.allSettled([
      pool.extract(new Uint8Array(pdf), 'slow.pdf', { timeoutMs: 1 }),
      pool.extract(new Uint8Array(md), 'a.md'),
      pool.extract(new Uint8Array(pdf), 'b.pdf'),
    ])
    expect(slow).toMatchObject({ status: 'rejected', reason: { code: 'parse_timeout', transient: false } })
    expect((slow as PromiseRejectedResult).reason.message).toContain('1 ms')
    expect(ok1.status).toBe('fulfilled')
    expect(ok2.status).toBe('fulfilled')
    // The killed worker was replaced: the pool still works.
    await expect(pool.extract(new Uint8Array(md), 'after.md')).resolves.toMatchObject({ source: { fileName: 'after.md' } })
  }, SLOW)
})

describe('isolatedExtract', () => {
  it('extracts a real sample in its own worker', async () => {
    const record = await isolatedExtract(await readFile(`${SAMPLE}.pdf`), 'kh-95.pdf')
    expect(record.source.format).toBe('pdf')
  }, SLOW)

  it('reports a worker that exceeds its heap limit as parse_memory, and this process survives', async () => {
    // 8 MB is far below what the parsers need to load (~70 MB), so the worker always runs out.
    const error = await failure(isolatedExtract(await readFile(`${SAMPLE}.pdf`), 'kh-95.pdf', { memoryMb: 8 }))
    expect(error.code).toBe('parse_memory')
    expect(Object.keys(ERROR_CODES)).toContain(error.code)
    expect(error.message).toContain('8 MB')
    // Still alive and able to work.
    await expect(isolatedExtract(await readFile(`${SAMPLE}.md`), 'kh-95.md')).resolves.toBeTruthy()
  }, SLOW)

  it('reports parse_timeout on a real PDF with a 1 ms limit', async () => {
    const error = await failure(isolatedExtract(await readFile(`${SAMPLE}.pdf`), 'kh-95.pdf', { timeoutMs: 1 }))
    expect(error).toMatchObject({ code: 'parse_timeout', transient: false })
  }, SLOW)
})
