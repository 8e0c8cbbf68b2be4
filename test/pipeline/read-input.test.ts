import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readInput } from '../../pipeline/read-input.ts'

describe('readInput', () => {
  let dir = ''
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'cchc-ri-')) })
  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  it('rejects an oversized file from its size alone, without reading it', async () => {
    // A sparse 8 GiB file: reading it would take seconds and gigabytes, checking it takes none.
    const path = join(dir, 'huge.pdf')
    const handle = await open(path, 'w')
    await handle.truncate(8 * 1024 ** 3)
    await handle.close()
    const started = performance.now()
    await expect(readInput(path, 32 * 1024 * 1024)).rejects.toMatchObject({ code: 'file_too_large' })
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it.each([
    ['an empty file', 'empty_file', 'empty.txt', ''],
    ['a missing file', 'read_failed', 'missing.pdf', null],
  ])('reports %s as %s', async (_what, code, name, content) => {
    const path = join(dir, name)
    if (content !== null) await writeFile(path, content)
    await expect(readInput(path, 1000)).rejects.toMatchObject({ code })
  })

  it('reports a directory as read_failed', async () => {
    await expect(readInput(dir, 1000)).rejects.toMatchObject({ code: 'read_failed', message: expect.stringContaining('directory') })
  })

  it('returns the bytes of a file within the limit', async () => {
    await writeFile(join(dir, 'ok.txt'), 'xin chào')
    expect(Buffer.from(await readInput(join(dir, 'ok.txt'), 1000)).toString()).toBe('xin chào')
  })
})
