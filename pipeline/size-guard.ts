import { CchcError } from '../schemas/errors.ts'

// Kept apart from extract-file.ts so the main thread can check sizes without loading parsers.
// Callers print the file name next to the error, so the detail carries only the numbers.
export function assertSize(size: number, maxBytes: number): void {
  if (size === 0) throw new CchcError('empty_file')
  if (size > maxBytes) throw new CchcError('file_too_large', `${size} bytes, limit ${maxBytes}`)
}
