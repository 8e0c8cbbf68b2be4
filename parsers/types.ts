import type { DocumentModel, Format } from '../schemas/document-model.ts'

export interface ParseLimits {
  // Largest input accepted, in bytes.
  readonly maxBytes: number
  // Largest total uncompressed size of a .docx package (zip-bomb guard), in bytes.
  readonly maxUnzippedBytes: number
  // OCR of image pages (scanned PDFs, image files); defaults in DEFAULT_OCR_LIMITS.
  // Wall-clock limit for one page (rendering, recognition), in milliseconds.
  readonly ocrPageTimeoutMs?: number
  // Address-space limit of each OCR process, in MiB.
  readonly ocrMemoryMb?: number
  // Most pages one file may have OCR'd.
  readonly ocrMaxPages?: number
  // Pages recognised at once by one parser.
  readonly ocrThreads?: number
}

export const DEFAULT_LIMITS: ParseLimits = Object.freeze({
  maxBytes: 64 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
})

export const DEFAULT_OCR_LIMITS = Object.freeze({
  ocrPageTimeoutMs: 60_000,
  ocrMemoryMb: 512,
  ocrMaxPages: 200,
  ocrThreads: 1,
})

// Called as pages of a long parse (OCR) complete: `done` of `total`.
export type ParseProgress = (done: number, total: number) => void

// Every format sits behind this one small interface. A parser returns text and structure,
// never records; only unusable input throws (a CchcError with a stable code).
export interface Parser {
  readonly format: Format
  // Decides by content (magic bytes, package entries), not by the file name alone.
  detect(bytes: Uint8Array, fileName: string): boolean
  parse(bytes: Uint8Array, limits: ParseLimits, progress?: ParseProgress): Promise<DocumentModel>
}
