import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../app/config.ts'
import { DEFAULT_PIPELINE_OPTIONS } from '../../pipeline/options.ts'

describe('loadConfig', () => {
  it('uses the pipeline defaults when nothing is set: 32 MiB input, 200 MiB unzipped, 60 s, 512 MB', () => {
    expect(loadConfig()).toEqual({
      maxBytes: 32 * 1024 * 1024, maxUnzippedBytes: 200 * 1024 * 1024, timeoutMs: 60_000, memoryMb: 512,
      concurrency: DEFAULT_PIPELINE_OPTIONS.concurrency,
    })
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
