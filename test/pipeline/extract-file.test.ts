import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractFile } from '../../pipeline/extract-file.ts'
import { isCchcError } from '../../schemas/errors.ts'
import { ExtractionRecordSchema } from '../../schemas/record.ts'

const SAMPLE = 'samples/kh-95-sngv-quangtri-2019'

const codeOf = (p: Promise<unknown>): Promise<string> =>
  p.then(() => 'no error', (e: unknown) => (isCchcError(e) ? e.code : `not a CchcError: ${String(e)}`))

describe('extractFile (in-process)', () => {
  it.each(['docx', 'pdf', 'md'])('turns the .%s sample into a record that passes the schema', async (ext) => {
    const bytes = await readFile(`${SAMPLE}.${ext}`)
    const record = await extractFile(bytes, `kh-95.${ext}`)
    expect(ExtractionRecordSchema.safeParse(record).success).toBe(true)
    expect(record.source).toMatchObject({ fileName: `kh-95.${ext}`, format: ext, bytes: bytes.length })
    expect(record.source.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it.each([['notes.md', 'md'], ['notes.txt', 'txt'], ['NOTES.TXT', 'txt']])(
    'takes the text format of %s from its extension, whatever the content looks like', async (name, format) => {
      // The .md sample has markdown headings, so content sniffing alone would say 'md'.
      const record = await extractFile(await readFile(`${SAMPLE}.md`), name)
      expect(record.source.format).toBe(format)
    })

  it('rejects an empty input as empty_file', async () => {
    expect(await codeOf(extractFile(new Uint8Array(0), 'x.pdf'))).toBe('empty_file')
  })

  it('rejects an input above maxBytes as file_too_large, naming the size and the limit', async () => {
    const error = await extractFile(new Uint8Array(2000).fill(65), 'x.txt', { maxBytes: 1000 }).catch((e: Error) => e)
    expect(error).toMatchObject({ code: 'file_too_large', transient: false })
    expect((error as Error).message).toContain('2000 bytes, limit 1000')
  })

  describe('with a sample copied under another name', () => {
    let dir = ''
    beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'cchc-ef-')) })
    afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

    it('records the file name it is given, not the path it was read from', async () => {
      await copyFile(`${SAMPLE}.md`, join(dir, 'renamed.txt'))
      const record = await extractFile(await readFile(join(dir, 'renamed.txt')), 'renamed.txt')
      expect(record.source.fileName).toBe('renamed.txt')
    })
  })
})
