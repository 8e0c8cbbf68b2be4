// Dev loop for scanned tables: one page of a scan beside the same page of its born-digital PDF —
// the ruling grid (rows × columns of each table) and the table blocks (cells per row) each side.
//   npx tsx bench/ocr-tables.ts SCAN.pdf DIGITAL.pdf PAGE [--grid-only]
// With --grid-only no OCR runs: only the rulings found in the page image and the grid they make.
import { readFile } from 'node:fs/promises'
import { readPdf, type PdfPage, type PdfTableGeom } from '../parsers/pdf-engine.ts'
import { pageElements } from '../parsers/pdf-page.ts'
import { assemble } from '../parsers/pdf-assemble.ts'
import { buildLines } from '../parsers/pdf-text-lines.ts'
import { ocrTools, runTool } from '../parsers/ocr-tools.ts'
import { readPgm } from '../parsers/ocr-raster.ts'
import { estimateSkew, otsuThreshold } from '../parsers/ocr-deskew.ts'
import { findRulings } from '../parsers/ocr-rulings.ts'
import { tableGeometry } from '../parsers/ocr-grid.ts'
import { ocrPage } from '../parsers/ocr-page.ts'
import { RENDER_DPI } from '../parsers/ocr-pdf.ts'

const [scanPath, digitalPath, pageArg, ...flags] = process.argv.slice(2)
const num = Number(pageArg)
const limits = { timeoutMs: 600_000, memoryMb: 2048 }

const grid = (t: PdfTableGeom): string =>
  `table ${t.x0.toFixed(0)},${t.y0.toFixed(0)}–${t.x1.toFixed(0)},${t.y1.toFixed(0)}: ${t.rows.length} rows × ${t.columns} cols; cells/row ${t.rows.map((r) => r.length).join(' ')}`

const dump = (label: string, page: PdfPage): void => {
  console.log(`== ${label}: ${page.tables.length} grid(s)`)
  for (const t of page.tables) console.log('  ' + grid(t))
  if (flags.includes('--grid-only')) return
  if (flags.includes('--lines')) {
    for (const l of buildLines(page.items, page.num, page.fonts)) {
      console.log(`  y=${l.y.toFixed(1)} ` + l.items.map((it) => `[${it.x.toFixed(0)}-${(it.x + it.w).toFixed(0)} ${it.str.trim()}]`).join(' '))
    }
  }
  const blocks = assemble([page], pageElements(page))
  for (const b of blocks) {
    if (b.type !== 'table') continue
    console.log(`  -- ${b.role} table, ${b.rows.length} rows`)
    for (const r of b.rows) console.log('   | ' + r.cells.map((c) => c.paragraphs.join(" / ").slice(0, Number(process.env.CELL_CHARS ?? 40))).join(' | '))
  }
}

const digital = (await readPdf(await readFile(digitalPath), { hasText: () => true, mayHoldTable: () => true }))[num - 1]
dump('born-digital', digital)
const tools = await ocrTools()
const image = readPgm(await runTool(tools, 'pdftoppm', ['-r', String(RENDER_DPI), '-gray', '-f', pageArg, '-l', pageArg, '-'], await readFile(scanPath), limits, 'render', 'corrupt_pdf'), RENDER_DPI)
if (flags.includes('--grid-only')) {
  const threshold = otsuThreshold(image)
  const skew = estimateSkew(image, threshold)
  const rulings = findRulings(image, threshold, skew)
  const tables = await tableGeometry(rulings, 72 / image.dpi)
  console.log(`skew ${skew}°, threshold ${threshold}, ${rulings.filter((s) => s.horizontal).length} h + ${rulings.filter((s) => !s.horizontal).length} v rulings`)
  dump('scan', { ...digital, items: [], tables })
} else {
  const read = await ocrPage(image, { num, width: digital.width, height: digital.height }, tools, limits)
  console.log(`confidence ${read.confidence}`)
  dump('scan', read.page)
}
