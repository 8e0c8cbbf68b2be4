import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { pickParser } from '../../parsers/registry.ts'
import { pdfParser } from '../../parsers/pdf-parser.ts'
import { DEFAULT_LIMITS } from '../../parsers/types.ts'

// Another realm's Function.prototype.toString cannot have been replaced by a polyfill in this
// one, so it tells an engine built-in ("[native code]") from a JavaScript replacement.
const realmToString = runInNewContext('Function.prototype.toString') as (this: unknown) => string
const isNative = (fn: unknown): boolean => /\{\s*\[native code\]\s*\}$/.test(realmToString.call(fn))

describe('loading pdf.js through parsers/pdfjs-runtime', () => {
  it('waits for the first PDF: a process that only reads .docx does not carry pdf.js', () => {
    expect(typeof pickParser).toBe('function') // the parser registry (.docx and .pdf parsers) is loaded
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeUndefined()
  })

  it('leaves the engine’s own push, JSON.parse and Function.prototype.toString in place, also after a PDF is read', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../samples/kh-95-sngv-quangtri-2019.pdf', import.meta.url)))
    const model = await pdfParser.parse(bytes, DEFAULT_LIMITS)
    expect(model.blocks.length).toBeGreaterThan(10)
    expect(isNative(Array.prototype.push)).toBe(true)
    expect(isNative(JSON.parse)).toBe(true)
    expect(isNative(Function.prototype.toString)).toBe(true)
  })

  it('can tell a replaced built-in (the check itself works)', () => {
    expect(isNative(function push() { return 0 })).toBe(false)
    expect(isNative(Array.prototype.pop)).toBe(true)
  })
})
