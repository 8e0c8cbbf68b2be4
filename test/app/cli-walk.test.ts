import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cliLines, REPO, runCli } from './run-cli.ts'

// Folders as careless users and attackers leave them: links that loop, an unreadable
// subfolder, a FIFO, links that lead nowhere. Each is reported once and the rest is processed.
const MD = join(REPO, 'samples/kh-95-sngv-quangtri-2019.md')
const tmp = mkdtempSync(join(tmpdir(), 'cchc-walk-'))
chmodSync(tmp, 0o755) // the unreadable-folder case may run as another user (below)
afterAll(() => { execFileSync('chmod', ['-R', 'u+rwx', tmp]); rmSync(tmp, { recursive: true, force: true }) })

const folder = (name: string): string => { const d = join(tmp, name); mkdirSync(d, { recursive: true }); chmodSync(d, 0o777); return d }
const LONG = 120_000

describe('cchc extract / import walking a folder', () => {
  it('follows links that loop back (ln -s . a; ln -s . b) to each real folder once', async () => {
    const dir = folder('loops')
    copyFileSync(MD, join(dir, 'plan.md'))
    symlinkSync('.', join(dir, 'a'))
    symlinkSync('.', join(dir, 'b'))
    const out = folder('loops-out')
    const run = await runCli(['extract', dir, '--out', out])
    expect(cliLines(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    expect(readdirSync(out)).toEqual(['plan.json'])
    const imported = await runCli(['import', '-q', dir, '--data-dir', join(tmp, 'loops-db')])
    expect(imported.stdout).toMatch(/done: 1 stored, 0 already known or duplicate, 0 failed/)
    expect(imported.code).toBe(0)
  }, LONG)

  it('reports a FIFO, a broken link and a looping link named as documents, one line each, and extracts the rest', async () => {
    const dir = folder('odd')
    copyFileSync(MD, join(dir, 'plan.md'))
    execFileSync('mkfifo', [join(dir, 'pipe.docx')])
    symlinkSync(join(dir, 'nowhere.pdf'), join(dir, 'broken.pdf'))
    symlinkSync('loop.docx', join(dir, 'loop.docx'))
    const out = folder('odd-out')
    const run = await runCli(['extract', dir, '--out', out])
    expect(cliLines(run.stderr).sort()).toEqual([
      `${join(dir, 'broken.pdf')}: not_regular_file: skipped: not a regular file: a broken symbolic link`,
      `${join(dir, 'loop.docx')}: not_regular_file: skipped: not a regular file: a symbolic link that loops`,
      `${join(dir, 'pipe.docx')}: not_regular_file: skipped: not a regular file: a FIFO (named pipe)`,
    ])
    expect(run.code).toBe(1)
    expect(readdirSync(out)).toEqual(['plan.json'])
  }, LONG)

  it('reports an unreadable subfolder as one read_failed line and processes the other inputs', async () => {
    const dir = folder('locked')
    copyFileSync(MD, join(dir, 'plan.md'))
    const locked = folder('locked/secret')
    copyFileSync(MD, join(locked, 'hidden-plan.md'))
    chmodSync(locked, 0o000)
    const out = folder('locked-out')
    // Permissions do not bind root: as root, the CLI runs as `nobody` for this case.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const run = await runCli(['extract', dir, '--out', out], asUser)
    expect(cliLines(run.stderr)).toEqual([`${locked}: read_failed: the file could not be read: permission denied (EACCES)`])
    expect(run.code).toBe(1)
    expect(readdirSync(out)).toEqual(['plan.json'])
  }, LONG)
})

describe('cchc extract --out', () => {
  it.each([
    ['/proc/x', 'a path under /proc (recursive mkdir used to loop there)'],
    ['/proc/self', 'a directory that takes no files'],
    [MD, 'a file'],
  ])('refuses %s (%s) with exit 2 and one line', async (out) => {
    const run = await runCli(['extract', MD, '--out', out])
    expect(run.code).toBe(2)
    expect(cliLines(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^cchc: --out ${out} is not a writable directory: `))])
  }, LONG)

  it('creates missing levels of a new output directory', async () => {
    const out = join(tmp, 'new/a/b')
    const run = await runCli(['extract', MD, '--out', out])
    expect(run.code).toBe(0)
    expect(readdirSync(out)).toEqual(['kh-95-sngv-quangtri-2019.json'])
  }, LONG)
})

describe('a file that exhausts its parser\'s heap, in a batch', () => {
  const DOC = join(REPO, 'test/fixtures/doc-heap-abort.doc')
  const env = { env: { CCHC_MEMORY_MB: '256' } }

  it('extract: one parse_memory line for it, exit 1, the other files written (it used to abort the process, exit 134)', async () => {
    const out = folder('heap-out')
    const run = await runCli(['extract', MD, DOC, join(REPO, 'samples/kh-95-sngv-quangtri-2019.docx'), '--out', out], env)
    expect(cliLines(run.stderr)).toEqual([`${DOC}: parse_memory: parsing exceeded the memory limit: doc-heap-abort.doc: needed more than 256 MB of heap`])
    expect(run.code).toBe(1)
    expect(readdirSync(out).sort()).toEqual(['kh-95-sngv-quangtri-2019.docx.json', 'kh-95-sngv-quangtri-2019.json'])
  }, LONG)

  it('import: it is recorded as failed and the others are stored', async () => {
    const dir = folder('heap-in')
    copyFileSync(MD, join(dir, 'plan.md'))
    copyFileSync(DOC, join(dir, 'poison.doc'))
    const run = await runCli(['import', '-q', dir, '--data-dir', join(tmp, 'heap-db')], env)
    expect(run.stdout).toMatch(/done: 1 stored, 0 already known or duplicate, 1 failed/)
    expect(cliLines(run.stderr)).toEqual([expect.stringMatching(/poison\.doc: parse_memory: /)])
    expect(run.code).toBe(1)
  }, LONG)
})
