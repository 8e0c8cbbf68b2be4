import { deflatedEntry, writeZip } from './docx-zip-writer.ts'

// A .docx with styles (headings, Title, a list paragraph, the Strong character style), two
// numbering definitions (decimal and bullet, nine levels) and two footnotes, around a body given
// as WordprocessingML: for tests of how paragraphs, lists, notes and tables are read.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const style = (type: string, id: string, name: string): string => `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`
const levels = (fmt: string): string => Array.from({ length: 9 }, (_, i) => `<w:lvl w:ilvl="${i}"><w:numFmt w:val="${fmt}"/></w:lvl>`).join('')
const note = (id: number, text: string): string => `<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p></w:footnote>`

export function richDocx(bodyXml: string): Buffer {
  return writeZip([
    deflatedEntry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    deflatedEntry('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    deflatedEntry('word/_rels/document.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`),
    deflatedEntry('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}>${style('paragraph', 'Title', 'Title')}${style('paragraph', 'Heading1', 'heading 1')}${style('paragraph', 'Heading2', 'heading 2')}${style('paragraph', 'heading8', 'heading 8')}${style('paragraph', 'ListParagraph', 'List Paragraph')}${style('paragraph', 'FootnoteText', 'footnote text')}${style('character', 'Strong', 'Strong')}</w:styles>`),
    deflatedEntry('word/numbering.xml', `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${levels('decimal')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${levels('bullet')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`),
    deflatedEntry('word/footnotes.xml', `<?xml version="1.0"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote>${note(1, 'Chú thích một')}${note(2, 'Chú thích hai')}</w:footnotes>`),
    deflatedEntry('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`),
  ])
}
