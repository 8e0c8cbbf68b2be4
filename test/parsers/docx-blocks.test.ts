import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import mammoth from 'mammoth'
import { parse as parseHtml } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { legacyRuns } from '../../parsers/docx-legacy.ts'
import { parseDocx } from '../../parsers/docx-parser.ts'
import { htmlToBlocks } from '../../parsers/html-to-blocks.ts'
import { assignTableRoles } from '../../parsers/table-role.ts'
import { DEFAULT_LIMITS } from '../../parsers/types.ts'
import { openZipPackage } from '../../parsers/zip-guard.ts'
import { richDocx } from './docx-rich.ts'

// The .docx parser reads blocks from mammoth's document tree (parsers/docx-blocks.ts). What it
// must give is what mammoth's HTML, read back by htmlToBlocks, gives: that route is kept here as
// the reference, with the style map the parser used to pass to mammoth.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  ...[7, 8, 9].map((n) => `p[style-name='Heading ${n}'] => h6:fresh`),
]
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }))

async function viaHtml(bytes: Uint8Array) {
  const legacy = legacyRuns()
  const pkg = await openZipPackage(bytes, DEFAULT_LIMITS)
  for (const part of ['word/styles.xml', 'word/document.xml']) if (pkg.has(part)) legacy.observe(part, pkg.read(part).toString('utf8'))
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, {
    styleMap: STYLE_MAP, ignoreEmptyParagraphs: false, convertImage: dropImages, transformDocument: legacy.transform,
  })
  return assignTableRoles(htmlToBlocks(parseHtml(value)))
}

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const SHARED = join(REPO, '../shared')
const docxIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => join(dir, f)) : [])
const REAL = [join(REPO, 'samples'), join(SHARED, 'dev'), join(SHARED, 'dev/legacy')].flatMap(docxIn)

describe('a .docx read from mammoth\'s document tree gives the blocks its HTML gives', () => {
  it('has the development set to compare on (../shared), or runs outside CI', () => {
    if (process.env.CI === 'true') expect(REAL.filter((f) => f.startsWith(SHARED)).length).toBeGreaterThan(0)
  })

  it.each(REAL.map((f) => [relative(REPO, f), f]))('real document %s', async (_, file) => {
    const bytes = new Uint8Array(readFileSync(file))
    expect((await parseDocx(bytes, DEFAULT_LIMITS)).blocks).toEqual(await viaHtml(bytes))
  }, 60_000)

  const P = (text: string, props = ''): string => `<w:p><w:pPr>${props}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
  const item = (text: string, level: number, numId = 1): string => P(text, `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`)
  const cell = (inner: string, props = ''): string => `<w:tc><w:tcPr>${props}</w:tcPr>${inner}</w:tc>`
  const CASES: [string, string][] = [
    ['headings by style id and by name (Title, Heading 2, heading 8), a numbered heading', P('Tiêu đề', '<w:pStyle w:val="Title"/>') + P('Mục', '<w:pStyle w:val="Heading2"/>') + P('Sâu', '<w:pStyle w:val="heading8"/>') + P('Số', '<w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') + P('', '<w:pStyle w:val="Heading1"/>')],
    ['nested list levels, a level skipped, an empty item with children, a level beyond five', item('a', 0) + item('b', 1) + item('c', 3) + item('d', 0, 2) + item('', 0) + item('e', 1) + P('giữa') + item('f', 2) + item('g', 6)],
    ['runs: bold, italic, Strong style, tabs, line and page breaks, a hyperlink, empty paragraphs',
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Đậm</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:tab/><w:t xml:space="preserve"> tiếp </w:t><w:br/><w:t>dòng</w:t><w:br w:type="page"/></w:r></w:p>' +
      '<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>nghiêng</w:t></w:r></w:p><w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>mạnh</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r></w:p>' +
      '<w:p/><w:p><w:hyperlink w:anchor="x"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink><w:r><w:t>&amp; &lt;b&gt;</w:t></w:r></w:p>'],
    ['footnotes: references numbered in order, notes appended as list items', `<w:p><w:r><w:t>Câu</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t>sau</w:t></w:r></w:p>` +
      `<w:tbl><w:tr>${cell(`<w:p><w:r><w:t>ô</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>`)}</w:tr></w:tbl>`],
    ['tables: header rows, merged cells across and down, empty cells, lists and a table inside a cell, an empty row',
      `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>${cell(P('TT'))}${cell(P('Nội dung'), '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${cell(P('1'), '<w:vMerge w:val="restart"/>')}${cell(P('') + P('x'))}${cell(item('', 0) + item('y', 1) + item('', 0) + P('', '<w:pStyle w:val="Heading1"/>'))}</w:tr>` +
      `<w:tr>${cell(P(''), '<w:vMerge/>')}${cell(`<w:tbl><w:tr>${cell(P('n1'))}${cell(P('') + item('n2', 0))}</w:tr></w:tbl>`)}${cell('')}</w:tr>` +
      `<w:tr>${cell(P('TT'))}${cell(P('Nội dung'), '<w:gridSpan w:val="2"/>')}</w:tr><w:tr></w:tr></w:tbl><w:tbl></w:tbl>`],
  ]
  it.each(CASES)('%s', async (_, body) => {
    const bytes = new Uint8Array(richDocx(body))
    const blocks = (await parseDocx(bytes, DEFAULT_LIMITS)).blocks
    expect(blocks.length).toBeGreaterThan(0)
    expect(blocks).toEqual(await viaHtml(bytes))
  })
})
