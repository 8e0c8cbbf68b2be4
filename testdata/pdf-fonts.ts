import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

// DejaVu Serif Condensed (regular, bold, italic, bold italic) from the dejavu-fonts-ttf npm
// package: full Vietnamese coverage, embedded by pdfkit as subsets. The file bytes are read once
// per process; each document parses its own font objects, because a fontkit font shared between
// documents carries the first document's subset mapping into the next ("Hướng" came out "H\u0002ớng").

const FILES = { R: 'DejaVuSerifCondensed.ttf', B: 'DejaVuSerifCondensed-Bold.ttf', I: 'DejaVuSerifCondensed-Italic.ttf', BI: 'DejaVuSerifCondensed-BoldItalic.ttf' } as const
export type FontName = keyof typeof FILES

let cache: Record<FontName, Buffer> | null = null

export function pdfFonts(): Record<FontName, Buffer> {
  if (cache) return cache
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  cache = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, readFileSync(join(dir, f))])) as Record<FontName, Buffer>
  return cache
}
