import { createHash } from 'node:crypto'
import { extractRecord } from '../extract/index.ts'
import { pickParser } from '../parsers/registry.ts'
import type { ExtractionRecord } from '../schemas/record.ts'
import { parseLimitsOf, resolveOptions, type PipelineOptions } from './options.ts'
import type { ParseProgress } from '../parsers/types.ts'
import { assertSize } from './size-guard.ts'

const TEXT_FORMAT_BY_EXTENSION: Readonly<Record<string, 'md' | 'txt'>> = { md: 'md', markdown: 'md', txt: 'txt' }

const extensionOf = (fileName: string): string => /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

// One file in, one validated record out, in the current thread. This is what a pool worker
// runs; call it directly only for trusted input (no timeout or memory bound here).
export async function extractFile(bytes: Uint8Array, fileName: string, options?: Partial<PipelineOptions>, progress?: ParseProgress): Promise<ExtractionRecord> {
  const opts = resolveOptions(options)
  // Checked before any parser sees the bytes; the parsers check again (defence in depth).
  assertSize(bytes.byteLength, opts.maxBytes)
  const sha256 = sha256Hex(bytes)
  const parser = pickParser(bytes, fileName)
  const model = await parser.parse(bytes, parseLimitsOf(opts), progress)
  // The text parser guesses md/txt from content; the scorer keys on the declared extension.
  const declared = TEXT_FORMAT_BY_EXTENSION[extensionOf(fileName)]
  if ((model.format === 'md' || model.format === 'txt') && declared) model.format = declared
  const record = extractRecord(model, { fileName, sha256, bytes: bytes.byteLength })
  if (model.ocrPages) record.source.ocrPages = model.ocrPages
  return record
}
