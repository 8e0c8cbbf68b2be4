// Legacy renditions of the samples, made the way the 2005–2015 archive was typed: the same text
// in TCVN3 (.VnTime, with .VnTimeH for all-capital text and for a capital with a tone mark) or
// VNI (VNI-Times) codes. Used by the tests and by test/fixtures/legacy/make.ts (the .doc files).
import { encodeLegacy } from '../../parsers/legacy/codec.ts'
import type { LegacyEncoding } from '../../parsers/legacy/tables.ts'
import { DEFAULT_LIMITS } from '../../parsers/types.ts'
import { openZipPackage } from '../../parsers/zip-guard.ts'
import { deflatedEntry, writeZip } from './docx-zip-writer.ts'

const FONT: Record<LegacyEncoding, { plain: string; caps: string }> = {
  tcvn3: { plain: '.VnTime', caps: '.VnTimeH' },
  vni: { plain: 'VNI-Times', caps: 'VNI-Times' },
  viqr: { plain: 'Times New Roman', caps: 'Times New Roman' },
}

const hasLower = (s: string) => /\p{Ll}/u.test(s)
const allCaps = (s: string) => /\p{Lu}/u.test(s) && !hasLower(s)

// Encoded runs of one piece of text: all-capital text in the capitals font, as headings were typed.
function encodeRuns(text: string, encoding: LegacyEncoding) {
  return encodeLegacy(text, encoding, { capsFont: encoding === 'tcvn3' && allCaps(text) })
}

// A text file copied out of such a document: the codes stay, the fonts (and so the capitals the
// capitals font printed) are gone.
export const legacyText = (text: string, encoding: LegacyEncoding): string =>
  text.split('\n').map((line) => encodeRuns(line, encoding).map((r) => r.text).join('')).join('\n')

const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
    : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e])
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const fontsXml = (font: string) => `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"/>`
const RFONTS = /<w:rFonts\b[^>]*\/>/g

// Run properties with the font set (or, font null, with no font of their own).
function withFont(rPr: string, font: string | null): string {
  const inner = rPr.replace(/^<w:rPr>|<\/w:rPr>$/g, '').replace(RFONTS, '')
  if (font === null) return inner ? `<w:rPr>${inner}</w:rPr>` : ''
  const style = /^<w:rStyle\b[^>]*\/>/.exec(inner)?.[0] ?? ''
  return `<w:rPr>${style}${fontsXml(font)}${inner.slice(style.length)}</w:rPr>`
}

const RUN = /<w:r(\s[^>]*)?>([\s\S]*?)<\/w:r>/g
const TEXT = /(<w:t(?:\s[^>]*)?>[\s\S]*?<\/w:t>)/

// document.xml with every text run encoded. `fontsBy`: 'runs' names the font on every run (as
// typists did, run by run); 'styles' leaves runs without fonts, the styles carrying them.
function encodeDocumentXml(xml: string, encoding: LegacyEncoding, fontsBy: 'runs' | 'styles'): string {
  return xml.replace(RUN, (_, attrs: string | undefined, content: string) => {
    const rPr = /^<w:rPr>[\s\S]*?<\/w:rPr>/.exec(content)?.[0] ?? '<w:rPr></w:rPr>'
    const open = `<w:r${attrs ?? ''}>`
    const run = (body: string, font: string | null) => `${open}${withFont(rPr, fontsBy === 'runs' ? font : null)}${body}</w:r>`
    return content.slice(rPr === '<w:rPr></w:rPr>' ? 0 : rPr.length).split(TEXT).map((part) => {
      const t = /^<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>$/.exec(part)
      if (!t) return part ? run(part, FONT[encoding].plain) : ''
      return encodeRuns(unescapeXml(t[1]), encoding)
        .map((r) => run(`<w:t xml:space="preserve">${escapeXml(r.text)}</w:t>`, r.caps ? FONT[encoding].caps : FONT[encoding].plain))
        .join('')
    }).join('')
  })
}

// styles.xml whose fonts (document defaults and every style) are the legacy font.
const encodeStylesXml = (xml: string, encoding: LegacyEncoding): string =>
  xml.replace(RFONTS, fontsXml(FONT[encoding].plain))

export async function legacyDocx(docx: Uint8Array, encoding: LegacyEncoding, fontsBy: 'runs' | 'styles'): Promise<Buffer> {
  const pkg = await openZipPackage(docx, DEFAULT_LIMITS)
  const entries = pkg.entryNames.filter((n) => !n.endsWith('/')).map((name) => {
    let content: string | Buffer = pkg.read(name)
    if (name === 'word/document.xml') content = encodeDocumentXml(content.toString('utf8'), encoding, fontsBy)
    else if (name === 'word/styles.xml' && fontsBy === 'styles') content = encodeStylesXml(content.toString('utf8'), encoding)
    return deflatedEntry(name, content)
  })
  return writeZip(entries)
}
