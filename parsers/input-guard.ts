import { CchcError } from '../schemas/errors.ts'
import type { ParseLimits } from './types.ts'

// Every parser checks this itself, so calling a parser directly is as safe as the registry.
export function assertInputSize(bytes: Uint8Array, limits: ParseLimits): void {
  if (bytes.length === 0) throw new CchcError('empty_file')
  if (bytes.length > limits.maxBytes) {
    throw new CchcError('file_too_large', `${bytes.length} bytes, limit ${limits.maxBytes}`)
  }
}
