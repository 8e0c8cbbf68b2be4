import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oneLine } from '../../app/io.ts'
import { outputNames, writeAtomic } from '../../app/output.ts'

describe('outputNames', () => {
  it.each([
    [['samples/kh-95-sngv-quangtri-2019.docx'], ['kh-95-sngv-quangtri-2019.json']],
    [['a/x.docx', 'a/x.pdf', 'a/x.md'], ['x.json', 'x.pdf.json', 'x.md.json']],
    [['a/x.pdf', 'b/x.pdf', 'c/X.pdf'], ['x.json', 'x.pdf.json', 'X.pdf-2.json']],
    [['noext', 'archive.tar.gz'], ['noext.json', 'archive.tar.json']],
  ])('names the outputs of %j as %j', (paths, names) => {
    expect(outputNames(paths)).toEqual(names)
  })
})

describe('oneLine', () => {
  it('joins a multi-line message into one line', () => {
    expect(oneLine('first\n  second\r\nthird ')).toBe('first second third')
  })
})

describe('files on disk', () => {
  let dir = ''
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'cchc-out-')) })
  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  it('writeAtomic leaves only the final file, never a temporary one', async () => {
    await writeAtomic(dir, 'r.json', '{"a":1}\n')
    expect(await readdir(dir)).toEqual(['r.json'])
    expect(JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'))).toEqual({ a: 1 })
  })
})
