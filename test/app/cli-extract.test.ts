import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ExtractionRecordSchema } from '../../schemas/record.ts'
import { BIN, cliLines, REPO, runCli } from './run-cli.ts'

const SAMPLE = 'samples/kh-95-sngv-quangtri-2019'
const SLOW = 120_000

describe('cchc extract, output to stdout', () => {
  it('prints one JSON document for a single input, indented with --pretty', async () => {
    const run = await runCli(['extract', `${SAMPLE}.md`, '--pretty'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^\{\n {2}"schemaVersion"/)
    expect(ExtractionRecordSchema.safeParse(JSON.parse(run.stdout)).success).toBe(true)
  }, SLOW)

  it('prints JSON Lines in input order for several inputs, whatever order they finish in', async () => {
    // The PDF is slowest; it comes first, so order cannot be completion order by chance.
    const files = [`${SAMPLE}.pdf`, `${SAMPLE}.md`, `${SAMPLE}.docx`, 'samples/kh-1073-sngv-hue-2017.md']
    const run = await runCli(['extract', ...files, '--concurrency', '3'])
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines.map((l) => JSON.parse(l).source.fileName)).toEqual(files.map((f) => f.split('/').pop()))
  }, SLOW)

  it('skips a failed input on stdout, reports it on stderr and exits with 1', async () => {
    const run = await runCli(['extract', 'no/such/file.pdf', `${SAMPLE}.md`])
    expect(run.code).toBe(1)
    expect(cliLines(run.stderr)).toEqual([expect.stringMatching(/^no\/such\/file\.pdf: read_failed: /)])
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1)
  }, SLOW)

  it('reports a file over --timeout-ms as parse_timeout', async () => {
    const run = await runCli(['extract', `${SAMPLE}.pdf`, '--timeout-ms', '1'])
    expect(run.code).toBe(1)
    expect(cliLines(run.stderr)).toEqual([expect.stringMatching(/^samples\/kh-95-sngv-quangtri-2019\.pdf: parse_timeout: .*1 ms/)])
  }, SLOW)

  it('honours --max-bytes', async () => {
    const run = await runCli(['extract', `${SAMPLE}.md`, '--max-bytes', '100'])
    expect(cliLines(run.stderr)).toEqual([expect.stringMatching(/: file_too_large: .*limit 100$/)])
  }, SLOW)
})

describe('cchc extract, output to a directory', () => {
  let dir = ''
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'cchc-cli-')) })
  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  it('expands a directory argument recursively and writes one file per document, creating --out', async () => {
    const tree = join(dir, 'in')
    await mkdir(join(tree, 'sub'), { recursive: true })
    await copyFile(`${SAMPLE}.docx`, join(tree, 'a.docx'))
    await copyFile(`${SAMPLE}.md`, join(tree, 'sub', 'b.md'))
    await copyFile('samples/README.md', join(tree, 'sub', 'notes.odt'))
    const run = await runCli(['extract', tree, '--out', join(dir, 'out', 'nested')])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect((await readdir(join(dir, 'out', 'nested'))).sort()).toEqual(['a.json', 'b.json'])
  }, SLOW)

  it('reports a directory without documents in one line and exits with 1', async () => {
    await mkdir(join(dir, 'empty'))
    const run = await runCli(['extract', join(dir, 'empty'), '--out', join(dir, 'out2')])
    expect(run.code).toBe(1)
    expect(cliLines(run.stderr)).toEqual([expect.stringMatching(/: read_failed: .*no \.docx\/\.pdf/)])
  }, SLOW)
})

describe('cchc command line', () => {
  it.each([
    ['an unknown option', ['extract', '--bogus', `${SAMPLE}.md`], /^error: unknown option '--bogus'/],
    ['no file', ['extract'], /^error: missing required argument 'file'/],
    ['a non-numeric --concurrency', ['extract', '--concurrency', 'many', `${SAMPLE}.md`], /^error: --concurrency="many"/],
    ['a negative --timeout-ms', ['extract', '--timeout-ms', '-5', `${SAMPLE}.md`], /^error: --timeout-ms="-5"/],
    ['an unknown command', ['extrakt', 'x'], /^error: unknown command 'extrakt'/],
  ])('exits with 2 for %s, with a one-line error', async (_what, args, message) => {
    const run = await runCli(args)
    expect(run.code).toBe(2)
    expect(cliLines(run.stderr)[0]).toMatch(message)
    expect(run.stderr).not.toMatch(/^\s+at /m)
  }, SLOW)

  it('exits with 2 for an invalid CCHC_* environment variable', async () => {
    const run = await runCli(['extract', `${SAMPLE}.md`], { env: { CCHC_CONCURRENCY: '0' } })
    expect(run.code).toBe(2)
    expect(cliLines(run.stderr)).toEqual(['error: CCHC_CONCURRENCY="0": the concurrency must be positive'])
  }, SLOW)

  it('documents the output modes and exit codes in extract --help', async () => {
    const run = await runCli(['extract', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('JSON Lines')
    expect(run.stdout).toContain('Exit status: 0')
  }, SLOW)

  it('runs as `npx cchc` from the repository root', async () => {
    const run = await runCli(['--help'], { command: ['npx', '--no-install', 'cchc'] })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: cchc')
  }, SLOW)

  it('runs through an absolute path from another working directory', async () => {
    const run = await runCli(['extract', join(REPO, `${SAMPLE}.md`)], { cwd: tmpdir(), command: [BIN] })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).source.fileName).toBe('kh-95-sngv-quangtri-2019.md')
  }, SLOW)
})
