import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractFile } from '../../pipeline/extract-file.ts'
import type { ExtractionRecord } from '../../schemas/record.ts'
import { legacyDocx, legacyText } from '../parsers/legacy-renditions.ts'

// The samples typed in legacy fonts (TCVN3 .VnTime/.VnTimeH, VNI-Times) must give the facts the
// Unicode sample of the same format gives, with evidence spans into the decoded text.
const SAMPLES = new URL('../../samples/', import.meta.url)
const SLUGS = readdirSync(SAMPLES).filter((f) => f.endsWith('.docx')).map((f) => f.slice(0, -5)).sort()
const read = (url: URL) => new Uint8Array(readFileSync(url))
const extract = (bytes: Uint8Array, name: string): Promise<ExtractionRecord> => extractFile(bytes, name)

const facts = (r: ExtractionRecord) => ({
  kind: r.kind, number: r.number?.normalized ?? null, issuer: r.issuer?.name ?? null, province: r.province, place: r.place,
  date: r.date?.iso ?? null, title: r.title, assessmentYear: r.assessmentYear, signer: r.signer, recipients: r.recipients,
  references: r.references, scores: r.scores, findings: r.findings, actions: r.actions,
})
// Text that lost its fonts has lost the capitals the capitals font printed in mid-sentence
// ("của ủy ban"): compared without case, and without the spans that case-blind text shifts nowhere.
const folded = (r: ExtractionRecord) => JSON.parse(JSON.stringify(facts(r)).toLocaleLowerCase('vi'))

// Known gaps, each with its reason.
// - Layout, not decoding: in the substitute font the header cell's "ỦY BAN NHÂN DÂN" line
//   reaches the cell's measured right edge, so the PDF reader joins it with "HUYỆN TỊNH BIÊN"
//   as one wrapped line (the decoded text is the same as the Unicode PDF's), and the extractor
//   then reads no signer under the plain "CHỦ TỊCH".
const PDF_LOST: Record<string, readonly string[]> = {
  'kh-119-ubnd-tinhbien-2017/tcvn3': ['signer'],
}
const without = (f: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(Object.entries(f).filter(([k]) => !keys.includes(k)))

const legacyWarning = (r: ExtractionRecord) => r.warnings.find((w) => w.code === 'legacy_encoding')

// A PDF's layout differs from the .docx's: its facts in the layout-independent form the other
// renditions are checked with (test/pipeline/renditions.test.ts).
const pdfFacts = (r: ExtractionRecord) => ({
  kind: r.kind, number: r.number?.normalized ?? null, issuer: r.issuer?.name.toLocaleLowerCase('vi') ?? null, province: r.province,
  place: r.place, date: r.date?.iso ?? null, assessmentYear: r.assessmentYear, signer: r.signer?.name ?? null,
  findings: r.findings.map((f) => [f.code, f.deducted, f.achieved, f.max]).sort(),
  actions: r.actions.map((a) => a.code).sort(),
  references: r.references.map((x) => x.number).sort(),
})

describe.each(SLUGS)('%s typed in legacy fonts', (slug) => {
  const docx = read(new URL(`${slug}.docx`, SAMPLES))

  it.each([
    ['tcvn3', 'runs'], ['vni', 'runs'], ['vni', 'styles'], ['tcvn3', 'styles'],
  ] as const)('.docx in %s fonts set on the %s gives the Unicode .docx’s text, facts and spans', async (encoding, fontsBy) => {
    const unicode = await extract(docx, `${slug}.docx`)
    const legacy = await extract(await legacyDocx(docx, encoding, fontsBy), `${slug}.docx`)
    expect(legacy.source.encodings).toEqual([encoding])
    expect(legacyWarning(legacy)?.message).toMatch(encoding === 'tcvn3' ? /\.VnTime/ : /VNI-Times/)
    if (encoding === 'tcvn3' && fontsBy === 'styles') {
      // one font for all: without the capitals font, all-capital headings are typed in lower case
      expect(legacy.text.toLocaleLowerCase('vi')).toBe(unicode.text.toLocaleLowerCase('vi'))
      return
    }
    expect(legacy.text).toBe(unicode.text)
    expect(legacy.text).toBe(legacy.text.normalize('NFC'))
    expect(facts(legacy)).toEqual(facts(unicode))
    expect(unicode.source.encodings).toBeUndefined()
    expect(legacyWarning(unicode)).toBeUndefined()
  }, 30_000)

  const docFixture = (encoding: string) => new URL(`../fixtures/legacy/${encoding}/${slug}.doc`, import.meta.url)
  it.each(['tcvn3', 'vni'])('.doc (Word 97) in %s fonts gives the Unicode .doc’s text and facts', async (encoding) => {
    expect(existsSync(docFixture(encoding))).toBe(true)
    const unicode = await extract(read(new URL(`../fixtures/renditions/libreoffice-doc/${slug}.doc`, import.meta.url)), `${slug}.doc`)
    const legacy = await extract(read(docFixture(encoding)), `${slug}.doc`)
    expect(legacy.source.encodings).toEqual([encoding])
    expect(legacy.text).toBe(unicode.text)
    expect(facts(legacy)).toEqual(facts(unicode))
  }, 30_000)

  it.each(['tcvn3', 'vni'])('PDF printed without the %s fonts (a substitute font, no font name) gives the .docx’s facts', async (encoding) => {
    const legacy = await extract(read(new URL(`../fixtures/legacy/${encoding}/${slug}.pdf`, import.meta.url)), `${slug}.pdf`)
    expect(legacy.source.encodings).toEqual([encoding])
    expect(legacyWarning(legacy)?.message).toMatch(/by its syllables \(no font named it\) on pages? 1/)
    const lost = PDF_LOST[`${slug}/${encoding}`] ?? []
    expect(without(pdfFacts(legacy), lost)).toEqual(without(pdfFacts(await extract(docx, `${slug}.docx`)), lost))
  }, 30_000)

  it.each(['tcvn3', 'vni', 'viqr'] as const)('markdown copied out in %s (no fonts) gives the Unicode markdown’s facts', async (encoding) => {
    const md = readFileSync(new URL(`${slug}.md`, SAMPLES), 'utf8')
    const unicode = await extract(new TextEncoder().encode(md), `${slug}.md`)
    const legacy = await extract(new TextEncoder().encode(legacyText(md, encoding)), `${slug}.md`)
    expect(legacy.source.encodings).toEqual([encoding])
    expect(legacyWarning(legacy)?.message).toMatch(/read by its Vietnamese syllables: .* in lines \d/)
    if (encoding === 'tcvn3') expect(folded(legacy)).toEqual(folded(unicode))
    else expect(facts(legacy)).toEqual(facts(unicode))
    for (const f of legacy.findings) expect(legacy.text.slice(...f.span)).toBe(legacy.text.slice(...f.span).normalize('NFC'))
  }, 30_000)
})
