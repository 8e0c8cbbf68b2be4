// Scanned pages as image files (PNG, JPEG, TIFF — every page of a multi-page TIFF): decoded by
// sharp, read by OCR page by page, then laid out by the PDF path's modules as a scanned PDF is.
import type { DocumentModel } from '../schemas/document-model.ts'
import { CchcError } from '../schemas/errors.ts'
import { assemble } from './pdf-assemble.ts'
import { pageElements } from './pdf-page.ts'
import { ocrPages } from './ocr-document.ts'
import { decodeImage } from './ocr-raster.ts'
import { DEFAULT_OCR_LIMITS, type ParseLimits, type ParseProgress, type Parser } from './types.ts'
import { codeOrderWarning, repairCodeOrder } from './ocr-code-order.ts'

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b)

const u16be = (b: Uint8Array, i: number): number => (b[i] << 8) | b[i + 1]
const u32be = (b: Uint8Array, i: number): number => ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3]

// A PNG's first chunk is its header, with a width and height.
const isPng = (b: Uint8Array): boolean =>
  startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && startsWith(b, [0x49, 0x48, 0x44, 0x52], 12) &&
  b.length >= 24 && u32be(b, 16) > 0 && u32be(b, 20) > 0

// A JPEG's segments lead to a start-of-frame marker with the image size.
function isJpeg(b: Uint8Array): boolean {
  if (!startsWith(b, [0xff, 0xd8, 0xff])) return false
  let i = 2
  while (i + 9 < b.length && b[i] === 0xff) {
    const marker = b[i + 1]
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return u16be(b, i + 5) > 0 && u16be(b, i + 7) > 0
    }
    i += 2 + u16be(b, i + 2)
  }
  return false
}

// A TIFF (either byte order) points to its first directory inside the file.
function isTiff(b: Uint8Array): boolean {
  const le = startsWith(b, [0x49, 0x49, 0x2a, 0x00])
  if (!le && !startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return false
  const offset = le ? b[4] + (b[5] << 8) + (b[6] << 16) + ((b[7] << 24) >>> 0) : u32be(b, 4)
  return offset >= 8 && offset + 2 <= b.length
}

// PNG, JPEG or TIFF whose header is whole (a damaged header is reported as not an image we read,
// before any decoding). GIF and others are not what office scanners produce.
export const isScanImage = (bytes: Uint8Array): boolean => isPng(bytes) || isJpeg(bytes) || isTiff(bytes)

export async function parseImage(bytes: Uint8Array, limits: ParseLimits, progress?: ParseProgress): Promise<DocumentModel> {
  if (bytes.length === 0) throw new CchcError('empty_file')
  if (bytes.length > limits.maxBytes) throw new CchcError('file_too_large', `${bytes.length} bytes > ${limits.maxBytes}`)
  const images = await decodeImage(bytes, limits.ocrMaxPages ?? DEFAULT_OCR_LIMITS.ocrMaxPages)
  const ocr = await ocrPages(images.map((image, i) => ({ target: { num: i + 1 }, image: async () => image })), limits, progress)
  const elements = ocr.pages.flatMap((page) => (page.items.length > 0 ? pageElements(page) : []))
  const { blocks, repaired } = repairCodeOrder(assemble(ocr.pages, elements))
  return { format: 'image', pages: images.length, ocr: true, blocks, warnings: [...ocr.warnings, ...codeOrderWarning(repaired)], ocrPages: ocr.info }
}

export const imageParser: Parser = {
  format: 'image',
  detect: (bytes) => isScanImage(bytes),
  parse: parseImage,
}
