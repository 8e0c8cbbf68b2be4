import { readFileSync, readdirSync } from 'node:fs'
import type { ExtractionRecord } from '../../schemas/record.ts'
import { extractFile } from '../../pipeline/extract-file.ts'

const DIR = new URL('../../samples/', import.meta.url)
export const sampleFiles = readdirSync(DIR).filter((f) => /\.(docx|pdf|md)$/.test(f) && !f.includes('.scan.'))

const cache = new Map<string, { record: ExtractionRecord; bytes: Uint8Array }>()
export async function sampleRecord(name: string): Promise<{ record: ExtractionRecord; bytes: Uint8Array }> {
  const hit = cache.get(name)
  if (hit) return hit
  const bytes = new Uint8Array(readFileSync(new URL(name, DIR)))
  const out = { record: await extractFile(bytes.slice(), name), bytes }
  cache.set(name, out)
  return out
}
