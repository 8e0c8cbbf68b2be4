// Greyscale page images: decoded from image files by sharp (libvips: PNG, JPEG, TIFF with all its
// pages, EXIF orientation applied), rendered from PDF pages by pdftoppm, handed to Tesseract as
// uncompressed TIFF. One byte per pixel, 0 black … 255 white.
import type { Metadata, Sharp, SharpOptions } from 'sharp'
import { CchcError } from '../schemas/errors.ts'

export interface GrayImage {
  readonly width: number
  readonly height: number
  readonly data: Uint8Array
  readonly dpi: number
}

type SharpFactory = (input: Uint8Array, options?: SharpOptions) => Sharp
let loading: Promise<SharpFactory> | null = null

// sharp (and libvips in it) is loaded at the first image, not by every parser worker at start.
// libvips' operation cache only helps repeated operations on one image; a parser thread does not
// repeat, and the cache would hold page-sized buffers.
function loadSharp(): Promise<SharpFactory> {
  loading ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false)
    sharp.concurrency(1)
    return sharp
  })
  return loading
}

// Resolution assumed when an image states none (or an implausible one): a page scanned at this
// resolution is what office scanners default to.
const DEFAULT_DPI = 300

// An A2 sheet at 300 dpi is 35 million pixels; a page image beyond this is no office scan.
const MAX_PIXELS = 60_000_000

const plausibleDpi = (density: number | undefined): number =>
  density !== undefined && density >= 100 && density <= 1200 ? density : DEFAULT_DPI

// Every page of an image file as a greyscale raster.
export async function decodeImage(bytes: Uint8Array, maxPages: number): Promise<GrayImage[]> {
  const sharp = await loadSharp()
  let meta: Metadata
  try {
    meta = await sharp(bytes, { pages: 1 }).metadata()
  } catch (e) {
    throw new CchcError('unsupported_format', `the image cannot be decoded: ${(e as Error).message}`)
  }
  const pages = Math.max(1, meta.pages ?? 1)
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_PIXELS) {
    throw new CchcError('file_too_large', `the image has ${meta.width}×${meta.height} pixels, more than ${MAX_PIXELS / 1e6} million`)
  }
  if (pages > maxPages) throw new CchcError('file_too_large', `the image has ${pages} pages, more than the OCR limit of ${maxPages}`)
  const out: GrayImage[] = []
  for (let page = 0; page < pages; page++) {
    try {
      const { data, info } = await sharp(bytes, { page, limitInputPixels: MAX_PIXELS })
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

// An uncompressed greyscale TIFF, as two chunks, header and pixels, so the pixels are written
// without a copy. TIFF rather than PGM: Leptonica reads a PGM one byte per fread call, 0.13 s more
// of Tesseract's CPU for an A4 page at 300 dpi; a TIFF strip is read whole.
export function toTiff(img: GrayImage): Uint8Array[] {
  const dpi = Math.max(1, Math.round(img.dpi))
  // tag, type (3 SHORT, 4 LONG, 5 RATIONAL), value; sorted by tag as TIFF wants
  const entries: [number, number, number][] = [
    [256, 4, img.width], [257, 4, img.height], [258, 3, 8], [259, 3, 1], // 8 bits, uncompressed
    [262, 3, 1], [273, 4, 0], [277, 3, 1], [278, 4, img.height], // black is zero; one strip
    [279, 4, img.width * img.height], [282, 5, 0], [283, 5, 0], [296, 3, 2], // resolution per inch
  ]
  const ifd = 8
  const resolution = ifd + 2 + entries.length * 12 + 4
  const pixels = resolution + 8
  const head = new DataView(new ArrayBuffer(pixels))
  head.setUint16(0, 0x4949) // "II": little-endian
  head.setUint16(2, 42, true)
  head.setUint32(4, ifd, true)
  head.setUint16(ifd, entries.length, true)
  entries.forEach(([tag, type, value], i) => {
    const at = ifd + 2 + i * 12
    const v = tag === 273 ? pixels : type === 5 ? resolution : value // x and y share one rational
    head.setUint16(at, tag, true)
    head.setUint16(at + 2, type, true)
    head.setUint32(at + 4, 1, true)
    if (type === 3) head.setUint16(at + 8, v, true)
    else head.setUint32(at + 8, v, true)
  })
  head.setUint32(resolution, dpi, true)
  head.setUint32(resolution + 4, 1, true)
  return [new Uint8Array(head.buffer), img.data]
}

// Turned clockwise by a quarter, a half or three quarters (a page scanned sideways or upside down).
export async function turnImage(img: GrayImage, degrees: 90 | 180 | 270): Promise<GrayImage> {
  const sharp = await loadSharp()
  const raw = { width: img.width, height: img.height, channels: 1 as const }
  const { data, info } = await sharp(img.data, { raw }).rotate(degrees).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true })
  if (info.channels !== 1) throw new CchcError('parse_crashed', `turning a page gave ${info.channels} channels`)
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), dpi: img.dpi }
}

// Paper made white, in place: every pixel lighter than the ink threshold. A scanner's grey paper
// with its noise, dust and JPEG blocks is what Tesseract's own binarisation trips on in sparse
// parts of a page (a lone "7.1.2" in a table column read "ÿ ÊN PM", "STT" read "SIT"); the ink
// keeps its grey levels, so glyph edges stay smooth.
export function whitenPaper(img: GrayImage, threshold: number): void {
  const { data } = img
  for (let i = 0; i < data.length; i++) if (data[i] > threshold) data[i] = 255
}
