import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import * as fontkit from 'fontkit'

// DejaVu Serif Condensed (regular, bold, italic, bold italic) from the dejavu-fonts-ttf npm
// package: full Vietnamese coverage, embedded by pdfkit as subsets. Parsed once per process
// (pdfkit takes a fontkit font as well as a buffer; re-parsing per document cost ~30 ms).

const FILES = { R: 'DejaVuSerifCondensed.ttf', B: 'DejaVuSerifCondensed-Bold.ttf', I: 'DejaVuSerifCondensed-Italic.ttf', BI: 'DejaVuSerifCondensed-BoldItalic.ttf' } as const
export type FontName = keyof typeof FILES
type Font = fontkit.Font

let cache: Record<FontName, Font> | null = null

export function pdfFonts(): Record<FontName, Font> {
  if (cache) return cache
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  cache = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, fontkit.create(readFileSync(join(dir, f))) as Font])) as Record<FontName, Font>
  return cache
}
