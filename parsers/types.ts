import type { DocumentModel, Format } from '../schemas/document-model.ts'

export interface ParseLimits {
  // Largest input accepted, in bytes.
  readonly maxBytes: number
  // Largest total uncompressed size of a .docx package (zip-bomb guard), in bytes.
  readonly maxUnzippedBytes: number
}

export const DEFAULT_LIMITS: ParseLimits = Object.freeze({
  maxBytes: 64 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
})

// Every format sits behind this one small interface. A parser returns text and structure,
// never records; only unusable input throws (a CchcError with a stable code).
export interface Parser {
  readonly format: Format
  // Decides by content (magic bytes, package entries), not by the file name alone.
  detect(bytes: Uint8Array, fileName: string): boolean
  parse(bytes: Uint8Array, limits: ParseLimits): Promise<DocumentModel>
}
