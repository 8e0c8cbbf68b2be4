// Tesseract on a page image. The image goes to it as a file, not through its stdin: Tesseract
// copies stdin one character at a time (a C++ stream iterator), 0.2–0.5 s of CPU for a 300 dpi A4
// page of 8.7 MB, a tenth to a fifth of its whole reading of a table page. The file is unlinked as
// soon as it is open and handed over as the child's stdin descriptor, which Tesseract opens as
// /dev/stdin: nothing is left behind however the parser ends.
import { open, mkdtemp, rm } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ErrorCode } from '../schemas/errors.ts'
import { toTiff, type GrayImage } from './ocr-raster.ts'
import { runTool, type OcrTools, type ToolLimits } from './ocr-tools.ts'

// `args` follow the input and output names: languages, modes, output format.
export async function tesseract(tools: OcrTools, img: GrayImage, args: readonly string[], limits: ToolLimits, what: string, failure: ErrorCode = 'parse_crashed'): Promise<Buffer> {
  const tiff = toTiff(img)
  const file = await unlinkedFile(tiff)
  if (file === null) return runTool(tools, 'tesseract', ['stdin', 'stdout', ...args], tiff, limits, what, failure)
  try {
    return await runTool(tools, 'tesseract', ['/dev/stdin', 'stdout', ...args], { fd: file.fd }, limits, what, failure)
  } finally {
    await file.close()
  }
}

// A temporary file holding `parts`, already removed from its directory; null where no temporary
// file can be made (a read-only or full temporary directory): the image then goes through stdin.
export async function unlinkedFile(parts: readonly Uint8Array[]): Promise<FileHandle | null> {
  let dir: string
  try {
    dir = await mkdtemp(join(tmpdir(), 'cchc-ocr-'))
  } catch {
    return null
  }
  let file: FileHandle | null = null
  try {
    file = await open(join(dir, 'page.tif'), 'w+')
    await rm(dir, { recursive: true, force: true })
    const { bytesWritten } = await file.writev([...parts])
    if (bytesWritten !== parts.reduce((n, p) => n + p.byteLength, 0)) throw new Error('short write')
    return file
  } catch {
    await file?.close()
    await rm(dir, { recursive: true, force: true }).catch(() => undefined)
    return null
  }
}
