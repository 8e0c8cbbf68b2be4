import { CchcError } from '../schemas/errors.ts'

// Real text has almost no C0 control characters besides tab, line feed, carriage return and
// form feed; binaries renamed .txt have many. A few stray ones (copy-paste) are tolerated.
const MAX_CONTROL_SHARE = 0.01
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g

function decodeWithBom(bytes: Uint8Array): string {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3))
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2))
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2))
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
}

// The bytes as a string, or a not_text error naming why they are not text.
export function decodeText(bytes: Uint8Array): string {
  let text: string
  try {
    text = decodeWithBom(bytes)
  } catch (err) {
    throw new CchcError('not_text', 'the bytes are not valid UTF-8 (nor UTF-16 with a byte-order mark)', { cause: err })
  }
  if (text.includes('\u0000')) throw new CchcError('not_text', 'the content contains NUL bytes (binary data)')
  const controls = text.match(CONTROL)?.length ?? 0
  if (controls > Math.max(2, text.length * MAX_CONTROL_SHARE)) {
    throw new CchcError('not_text', `${controls} control characters in ${text.length} characters (binary data)`)
  }
  return text
}

export function isDecodableText(bytes: Uint8Array): boolean {
  try {
    decodeText(bytes)
    return true
  } catch {
    return false
  }
}
