import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

// natural's entry point loads storage back-ends whose dotenv writes to stdout; the core loads only
// the file it uses, so `cchc extract --json`-style output stays clean.
describe('quiet imports', () => {
  it('importing the extraction core prints nothing', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', "await import('./extract/index.ts'); await import('./extract/tables/columns.ts')"],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    expect(out).toBe('')
  })

  it('the whole of natural would not be quiet (why the core loads one file of it)', () => {
    const out = execFileSync(process.execPath, ['-e', "require('natural')"], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    expect(out).not.toBe('')
  })
})
