// Content sniffing: what the bytes are, independent of the file name.

export type ContentKind = 'empty' | 'pdf' | 'zip' | 'ole2' | 'html' | 'xml' | 'rtf' | 'image' | 'archive' | 'executable' | 'other'

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0))

// Magic numbers of formats that are certainly not text documents we read.
const BINARY_MAGICS: ReadonlyArray<{ kind: ContentKind; magic: number[] }> = [
  { kind: 'pdf', magic: ascii('%PDF-') },
  { kind: 'zip', magic: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', magic: [0x50, 0x4b, 0x05, 0x06] }, // empty zip
  { kind: 'ole2', magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'rtf', magic: ascii('{\\rtf') },
  { kind: 'image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'image', magic: [0xff, 0xd8, 0xff] },
  { kind: 'image', magic: ascii('GIF8') },
  { kind: 'image', magic: ascii('II*\0') },
  { kind: 'image', magic: ascii('MM\0*') },
  { kind: 'archive', magic: [0x1f, 0x8b] },
  { kind: 'archive', magic: ascii('Rar!') },
  { kind: 'archive', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'executable', magic: [0x7f, 0x45, 0x4c, 0x46] },
]

// A PDF may have junk before its header; readers accept the header within the first KiB.
const PDF_HEADER_WINDOW = 1024

export function hasZipMagic(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])
}

// The leading characters of a text-ish file, with BOM and whitespace skipped, lower-cased.
function textHead(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048))
  return head.replace(/^\ufeff/, '').trimStart().toLowerCase()
}

export function looksLikeHtml(bytes: Uint8Array): boolean {
  // XHTML and saved pages may open with an XML prolog or comments before the markup.
  const head = textHead(bytes).replace(/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*/, '')
  return /^<!doctype\s+html/.test(head) || /^<(html|head|body|meta|title)[\s>]/.test(head)
}

export function sniffContent(bytes: Uint8Array): ContentKind {
  if (bytes.length === 0) return 'empty'
  for (const { kind, magic } of BINARY_MAGICS) if (startsWith(bytes, magic)) return kind
  const window = bytes.subarray(0, PDF_HEADER_WINDOW)
  if (Buffer.from(window.buffer, window.byteOffset, window.byteLength).includes('%PDF-')) return 'pdf'
  if (looksLikeHtml(bytes)) return 'html'
  if (/^<\?xml/.test(textHead(bytes))) return 'xml'
  return 'other'
}
