import { describe, expect, it } from 'vitest'
import { loadServiceConfig, ServiceConfigError } from '../../service/config.ts'
import { classifyError, decodeFailure, encodeFailure, publicError } from '../../service/errors.ts'
import { safeFileName } from '../../service/file-name.ts'
import { CchcError } from '../../schemas/errors.ts'

describe('service configuration', () => {
  it('defaults to the embedded quick start: port 8080 on 127.0.0.1, no Redis, open, queue cchc-ingest', () => {
    const c = loadServiceConfig({})
    expect(c).toMatchObject({ port: 8080, host: '127.0.0.1', queueName: 'cchc-ingest', uploadTokens: [], readTokens: [], maxFiles: 50, attempts: 8, backoffMs: 1000 })
    expect(c.redisUrl).toBeUndefined()
    expect(Object.isFrozen(c)).toBe(true)
  })

  it('reads tokens as comma-separated lists and flags over the environment', () => {
    const c = loadServiceConfig({ CCHC_UPLOAD_TOKENS: 'up-token-1, up-token-2', CCHC_READ_TOKENS: 'read-token-1', CCHC_PORT: '9000' }, { port: '9100' })
    expect(c.uploadTokens).toEqual(['up-token-1', 'up-token-2'])
    expect(c.readTokens).toEqual(['read-token-1'])
    expect(c.port).toBe(9100)
  })

  it('refuses to listen beyond loopback without tokens', () => {
    expect(() => loadServiceConfig({ CCHC_HOST: '0.0.0.0' })).toThrow(/CCHC_HOST.*needs CCHC_UPLOAD_TOKENS/)
    expect(loadServiceConfig({ CCHC_HOST: '0.0.0.0', CCHC_UPLOAD_TOKENS: 'up-token-1', CCHC_READ_TOKENS: 'read-token-1' }).host).toBe('0.0.0.0')
  })

  it.each([
    [{ CCHC_PORT: 'abc' }, /CCHC_PORT="abc": the port must be a number/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL="http:\/\/x": REDIS_URL must be a redis:\/\/ URL/],
    [{ CCHC_QUEUE: 'a:b' }, /CCHC_QUEUE/],
    [{ CCHC_DB_SCHEMA: 'x; DROP TABLE documents' }, /CCHC_DB_SCHEMA/],
    [{ CCHC_MAX_FILES: '0' }, /CCHC_MAX_FILES="0"/],
  ])('names the variable and the bad value: %o', (env, message) => {
    expect(() => loadServiceConfig(env)).toThrow(ServiceConfigError)
    expect(() => loadServiceConfig(env)).toThrow(message)
  })

  it('never echoes a token in an error', () => {
    expect(() => loadServiceConfig({ CCHC_READ_TOKENS: 'short' })).toThrow(/^CCHC_READ_TOKENS: every token must have at least 8 characters$/)
  })
})

describe('client file names', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\a\\Kế hoạch.docx', 'Kế hoạch.docx'],
    ['a\u0000b\nc\u202e.md', 'abc.md'],
    ['..', 'upload'],
    ['', 'upload'],
  ])('%j is kept as the base name %j', (raw, clean) => {
    expect(safeFileName(raw)).toBe(clean)
  })

  it('is at most 255 characters', () => {
    expect(safeFileName('x'.repeat(1000))).toHaveLength(255)
  })
})

describe('job errors', () => {
  it('a bad file is permanent, an unreachable database transient', () => {
    expect(classifyError(new CchcError('corrupt_pdf'))).toMatchObject({ code: 'corrupt_pdf', transient: false })
    expect(classifyError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toMatchObject({ code: 'unavailable', transient: true })
    expect(classifyError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toMatchObject({ transient: true })
    expect(classifyError(Object.assign(new Error('value too long'), { code: '22001' }))).toMatchObject({ transient: false })
  })

  it('keeps the code through BullMQ\'s one-string failure reason', () => {
    expect(decodeFailure(encodeFailure({ code: 'needs_ocr', message: 'the PDF has no text layer' }))).toEqual({ code: 'needs_ocr', message: 'the PDF has no text layer' })
    expect(decodeFailure('job stalled more than allowable limit')).toEqual({ code: 'internal_error', message: 'job stalled more than allowable limit' })
  })
})

describe('job errors over HTTP', () => {
  it('keep a bad file\'s reason, hide outage and crash details', () => {
    expect(publicError({ code: 'needs_ocr', message: 'the PDF has no text layer (scanned image); it needs OCR' }).message).toMatch(/needs OCR/)
    expect(publicError({ code: 'unavailable', message: 'connect ECONNREFUSED 10.1.2.3:5432' })).toEqual({ code: 'unavailable', message: 'the database or queue was unreachable; the job is retried' })
    expect(publicError({ code: 'parse_crashed', message: 'TypeError at /work/main/parsers/pdf.ts:12' }).message).toBe('the parser crashed')
    expect(publicError({ code: 'read_failed', message: 'ENOENT: no such file /srv/data/blobs/ab' }).message).toBe('ENOENT: no such file …')
  })
})
