// Greyscale page images: decoded from image files by sharp (libvips: PNG, JPEG, TIFF with all its
// pages, EXIF orientation applied), rendered from PDF pages by pdftoppm, handed to Tesseract as
// PGM on its stdin. One byte per pixel, 0 black … 255 white.
import sharp, { type Metadata } from 'sharp'
import { CchcError } from '../schemas/errors.ts'

export interface GrayImage {
  readonly width: number
  readonly height: number
  readonly data: Uint8Array
  readonly dpi: number
}

// libvips' operation cache only helps repeated operations on one image; a parser thread does not
// repeat, and the cache would hold page-sized buffers.
sharp.cache(false)
sharp.concurrency(1)

// Resolution assumed when an image states none (or an implausible one): a page scanned at this
// resolution is what office scanners default to.
const DEFAULT_DPI = 300

const plausibleDpi = (density: number | undefined): number =>
  density !== undefined && density >= 100 && density <= 1200 ? density : DEFAULT_DPI

// Every page of an image file as a greyscale raster.
export async function decodeImage(bytes: Uint8Array, maxPages: number): Promise<GrayImage[]> {
  let meta: Metadata
  try {
    meta = await sharp(bytes, { pages: 1 }).metadata()
  } catch (e) {
    throw new CchcError('unsupported_format', `the image cannot be decoded: ${(e as Error).message}`)
  }
  const pages = Math.max(1, meta.pages ?? 1)
  if (pages > maxPages) throw new CchcError('file_too_large', `the image has ${pages} pages, more than the OCR limit of ${maxPages}`)
  const out: GrayImage[] = []
  for (let page = 0; page < pages; page++) {
    try {
      const { data, info } = await sharp(bytes, { page, limitInputPixels: 20_000 * 20_000 })
        .autoOrient().greyscale().toColourspace('b-w').raw().toBuffer({ resolveWithObject: true })
      out.push({ width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), dpi: plausibleDpi(meta.density) })
    } catch (e) {
      throw new CchcError('unsupported_format', `page ${page + 1} of the image cannot be decoded: ${(e as Error).message}`)
    }
  }
  return out
}

// Binary PGM (P5, maxval 255), as pdftoppm -gray writes it.
export function readPgm(buf: Uint8Array, dpi: number): GrayImage {
  let pos = 0
  const token = (): string => {
    for (;;) {
      while (pos < buf.length && /\s/.test(String.fromCharCode(buf[pos]))) pos++
      if (buf[pos] !== 0x23) break // '#' comment to end of line
      while (pos < buf.length && buf[pos] !== 0x0a) pos++
    }
    const start = pos
    while (pos < buf.length && !/\s/.test(String.fromCharCode(buf[pos]))) pos++
    return String.fromCharCode(...buf.subarray(start, pos))
  }
  const magic = token()
  const width = Number(token())
  const height = Number(token())
  const max = Number(token())
  pos++ // the single whitespace before the pixels
  if (magic !== 'P5' || !(width > 0) || !(height > 0) || max !== 255 || buf.length - pos < width * height) {
    throw new CchcError('corrupt_pdf', `the page could not be rendered (unexpected raster ${magic} ${width}x${height})`)
  }
  return { width, height, data: buf.subarray(pos, pos + width * height), dpi }
}

export function toPgm(img: GrayImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`)
  const out = new Uint8Array(head.length + img.data.length)
  out.set(head, 0)
  out.set(img.data, head.length)
  return out
}

// Rotated by `degrees` clockwise about its centre onto a canvas of the same size (white where the
// page had nothing). Quarter turns keep every pixel and swap width and height.
export async function rotateImage(img: GrayImage, degrees: number): Promise<GrayImage> {
  const raw = { width: img.width, height: img.height, channels: 1 as const }
  const quarter = ((Math.round(degrees) % 360) + 360) % 360
  if (Number.isInteger(degrees) && quarter % 90 === 0) {
    if (quarter === 0) return img
    const { data, info } = await sharp(img.data, { raw }).rotate(quarter).raw().toBuffer({ resolveWithObject: true })
    return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), dpi: img.dpi }
  }
  const { data, info } = await sharp(img.data, { raw })
    .rotate(degrees, { background: { r: 255, g: 255, b: 255 } }).greyscale().toColourspace('b-w')
    .raw().toBuffer({ resolveWithObject: true })
  // the rotated canvas is larger: crop its centre back to the page size
  const left = Math.max(0, Math.round((info.width - img.width) / 2))
  const top = Math.max(0, Math.round((info.height - img.height) / 2))
  const out = new Uint8Array(img.width * img.height)
  const channels = info.channels
  for (let y = 0; y < img.height; y++) {
    const row = (y + top) * info.width
    for (let x = 0; x < img.width; x++) out[y * img.width + x] = data[(row + x + left) * channels]
  }
  return { width: img.width, height: img.height, data: out, dpi: img.dpi }
}
