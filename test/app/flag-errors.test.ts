import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.ts'

// An invalid flag value is one clear line and exit status 2, never "internal error" and a dump.
describe('invalid flag values', () => {
  it('search --year abc names the flag on one line and exits 2', async () => {
    const r = await runCli(['search', '--year', 'abc', '--data-dir', '/tmp/cchc-flag-errors-unused'])
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^cchc: invalid value for --year: /)
  }, 60_000)
})
