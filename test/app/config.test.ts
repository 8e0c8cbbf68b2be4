import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../app/config.ts'
import { DEFAULT_PIPELINE_OPTIONS, concurrencyBesideDatabase } from '../../pipeline/options.ts'
import { loadStoreConfig, storeDefaults } from '../../app/store-config.ts'

describe('loadConfig', () => {
  it('uses the pipeline defaults when nothing is set: 32 MiB input, 200 MiB unzipped, 60 s, 512 MB, 200 pages of OCR', () => {
    expect(loadConfig()).toEqual({
      maxBytes: 32 * 1024 * 1024, maxUnzippedBytes: 200 * 1024 * 1024, timeoutMs: 60_000, memoryMb: 512,
      concurrency: DEFAULT_PIPELINE_OPTIONS.concurrency, ocrMaxPages: 200,
    })
  })

  it('takes the OCR page limit from CCHC_OCR_MAX_PAGES and rejects a bad one naming it', () => {
    expect(loadConfig({ env: { CCHC_OCR_MAX_PAGES: '12' } }).ocrMaxPages).toBe(12)
    expect(() => loadConfig({ env: { CCHC_OCR_MAX_PAGES: '0' } })).toThrow(/CCHC_OCR_MAX_PAGES="0": the OCR page limit must be positive/)
  })

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig())).toBe(true)
  })

  it('takes CLI flags over CCHC_* variables over defaults', () => {
    const config = loadConfig({ env: { CCHC_TIMEOUT_MS: '500', CCHC_MEMORY_MB: '256' }, cli: { timeoutMs: '100' } })
    expect(config).toMatchObject({ timeoutMs: 100, memoryMb: 256, maxBytes: DEFAULT_PIPELINE_OPTIONS.maxBytes })
  })

  it('ignores an empty environment variable', () => {
    expect(loadConfig({ env: { CCHC_CONCURRENCY: '' } }).concurrency).toBe(DEFAULT_PIPELINE_OPTIONS.concurrency)
  })

  it('takes a caller\'s default (fewer parser threads beside the embedded database) below flags and variables', () => {
    expect(loadConfig({ defaults: { concurrency: 3 } }).concurrency).toBe(3)
    expect(loadConfig({ env: { CCHC_CONCURRENCY: '5' }, defaults: { concurrency: 3 } }).concurrency).toBe(5)
    expect(loadConfig({ cli: { concurrency: '4' }, env: { CCHC_CONCURRENCY: '5' }, defaults: { concurrency: 3 } }).concurrency).toBe(4)
  })

  it.each([
    [{ cli: { timeoutMs: 'abc' } }, '--timeout-ms="abc"'],
    [{ cli: { concurrency: '0' } }, '--concurrency="0"'],
    [{ cli: { maxBytes: '1.5' } }, '--max-bytes="1.5"'],
    [{ env: { CCHC_MEMORY_MB: '-1' } }, 'CCHC_MEMORY_MB="-1"'],
    [{ env: { CCHC_CONCURRENCY: '1000' } }, 'CCHC_CONCURRENCY="1000"'],
  ])('rejects %j with an error naming %s', (sources, named) => {
    expect(() => loadConfig(sources)).toThrow(ConfigError)
    expect(() => loadConfig(sources)).toThrow(named)
  })
})

describe('parser threads beside the store', () => {
  it.each([[1, 1], [2, 1], [8, 7]])('with %i cores, the embedded database leaves %i parser threads', (cores, threads) => {
    expect(concurrencyBesideDatabase(cores)).toBe(threads)
  })

  it('a PostgreSQL server (flag or DATABASE_URL) leaves the CPU-count default; the embedded store takes one core', () => {
    expect(storeDefaults(loadStoreConfig({}, { databaseUrl: 'postgres://h/db' }))).toEqual({})
    expect(storeDefaults(loadStoreConfig({ DATABASE_URL: 'postgres://h/db' }, {}))).toEqual({})
    expect(storeDefaults(loadStoreConfig({ DATABASE_URL: '' }, {}))).toEqual({ concurrency: concurrencyBesideDatabase() })
  })
})
