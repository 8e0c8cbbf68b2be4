// One catalogue of stable error codes. Messages name the bad value; no stack traces leak.
export const ERROR_CODES = {
  empty_file: 'the file is empty',
  file_too_large: 'the file is larger than the configured limit',
  unsupported_format: 'the content is not a supported document format',
  corrupt_docx: 'the .docx package is broken',
  zip_bomb: 'the .docx expands beyond the decompression limit',
  corrupt_doc: 'the legacy .doc (Word 97–2003) file cannot be read',
  corrupt_pdf: 'the PDF cannot be read',
  encrypted_pdf: 'the PDF is encrypted',
  needs_ocr: 'the PDF has no text layer (scanned image); it needs OCR',
  not_text: 'the text file is not valid text',
  parse_timeout: 'parsing took longer than the time limit',
  parse_memory: 'parsing exceeded the memory limit',
  parse_crashed: 'the parser crashed',
  invalid_record: 'the extracted record failed validation',
  not_a_document: 'the text is not an administrative document',
  read_failed: 'the file could not be read',
  not_regular_file: 'skipped: not a regular file',
  write_failed: 'the output could not be written',
} as const

export type ErrorCode = keyof typeof ERROR_CODES

export class CchcError extends Error {
  readonly code: ErrorCode
  // Whether retrying the same input can succeed (a queue retries only these).
  readonly transient: boolean
  constructor(code: ErrorCode, detail?: string, options?: { transient?: boolean; cause?: unknown }) {
    super(detail ? `${ERROR_CODES[code]}: ${detail}` : ERROR_CODES[code], { cause: options?.cause })
    this.name = 'CchcError'
    this.code = code
    this.transient = options?.transient ?? false
  }
}

export const isCchcError = (e: unknown): e is CchcError =>
  e instanceof CchcError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'CchcError')
