import { describe } from 'vitest'
import { ocrTools } from '../../parsers/ocr-tools.ts'

// The OCR suites need Tesseract with its Vietnamese data and pdftoppm (.ci/run installs them).
// Where they are missing the suites skip, saying so; under CI=true they run and fail loudly,
// with needs_ocr naming what to install.
export const ocrMissing: string | null = await ocrTools().then(() => null, (e: Error) => e.message)
const ci = process.env.CI === 'true'
if (ocrMissing && !ci) console.warn(`OCR tests skipped: ${ocrMissing}`)
export const describeOcr = ocrMissing && !ci ? describe.skip : describe
