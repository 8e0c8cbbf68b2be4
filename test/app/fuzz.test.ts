import { describe, expect, it } from 'vitest'
import { runFuzz } from '../../testdata/fuzz-run.ts'
import { REPO } from './run-cli.ts'

// A small, seeded share of bench/fuzz.ts (which runs thousands): mutated samples of every
// format through `cchc extract`. Any crash, hang, lost file or non-catalogue line fails it,
// naming the input and the mutations that made it.
describe('fuzzed inputs through cchc extract', () => {
  it('40 mutated files: exit 0/1, one catalogue line per failure, nothing lost, no hang', async () => {
    const summary = await runFuzz({ repo: REPO, count: 40, seed: 2024, batch: 40, env: { CCHC_TIMEOUT_MS: '20000' }, batchDeadlineMs: 240_000 })
    expect(summary.violations).toEqual([])
    expect(summary.inputs).toBe(40)
    expect(summary.extracted + Object.values(summary.failed).reduce((a, b) => a + b, 0)).toBe(40)
  }, 300_000)
})
