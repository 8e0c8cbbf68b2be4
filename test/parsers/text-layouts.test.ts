import { describe, expect, it } from 'vitest'
import type { Block, TableBlock } from '../../schemas/document-model.ts'
import { linesToBlocks } from '../../parsers/text-lines.ts'

// Layouts other producers write for the same documents: pandoc's markdown and plain text
// (grid and dash tables, raw HTML tables, text wrapped at 72 columns).
const blocksOf = (text: string, markdown = true): Block[] => linesToBlocks(text, { markdown }).blocks
const tablesOf = (text: string, markdown = true): TableBlock[] => blocksOf(text, markdown).filter((b): b is TableBlock => b.type === 'table')
const grid = (t: TableBlock): string[][] => t.rows.map((r) => r.cells.map((c) => c.paragraphs.join(' / ')))

const GRID = `+----------------------------+-----------------------------------------+
| UBND TỈNH QUẢNG TRỊ        | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  |
|                            |                                         |
| **SỞ NGOẠI VỤ**            | **Độc lập - Tự do - Hạnh phúc**         |
+============================+=========================================+
| Số: 95/KH-SNgV             | *Quảng Trị, ngày 30 tháng 01 năm 2019*  |
+----------------------------+-----------------------------------------+
| Nội dung được viết trên    | x                                       |
| hai dòng                   |                                         |
+----------------------------+-----------------------------------------+

Đoạn sau bảng.`

const MULTILINE = `  ----------------------------------------------------------------
  STT     CƠ QUAN THỰC HIỆN CƠ QUAN PHỐI KẾT QUẢ       THỜI GIAN
                            HỢP                        HOÀN THÀNH
  ------- ----------------- ------------ ------------- ------------
  PHÒNG                                                
  NỘI VỤ                                               

  1       TCTP 1.1.1 Kế     Các phòng    Kế hoạch      Trước tháng
          hoạch cải cách    chuyên môn   năm           01
  ----------------------------------------------------------------

Đoạn sau bảng.`

const SIMPLE = `  STT   Tiêu chí   Điểm
  ----- ---------- ------
  1     1.1.1      0,5
  2     1.5.3      2

Đoạn sau bảng.`

const HEADERLESS = `  ----- ------------- ------
  1     TCTP 1.1.1    0,5
        Kế hoạch

  2     TCTP 1.5.3    2
  ----- ------------- ------`

const HTML = `<table>
<tbody>
<tr class="odd">
<td><p>UBND TỈNH QUẢNG TRỊ</p>
<p><strong>SỞ NGOẠI VỤ</strong></p></td>
<td>Số: 95/KH-SNgV</td>
</tr>
</tbody>
</table>

## KẾ HOẠCH`

const WRAPPED = [
  'Thực hiện Công văn số 5270/UBND-TM ngày 21 tháng 11 năm 2018 của UBND',
  'tỉnh Quảng Trị v/v triển khai Nghị quyết số 139/NQ-CP ngày 9/11/2018 của',
  'Chính phủ, Sở Ngoại vụ xây dựng kế hoạch với những nội dung chính như',
  'sau:',
  '',
  '-   Tăng cường đẩy mạnh và xã hội hóa việc cung cấp các dịch vụ công',
  '    trong lĩnh vực đối ngoại của tỉnh nhà trong giai đoạn hiện nay nhé.',
  '',
  'Duy trì, phát huy kết quả đạt được (những tiêu chí đạt điểm), khắc phục',
  'những hạn chế, thiếu sót (những tiêu chí mất điểm) của chỉ số CCHC năm',
  '2016 để không bị mất điểm.',
  '',
  'KT. GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
].join('\n')

describe('fixed-width and embedded tables', () => {
  it('reads a grid table: columns from its border, wrapped lines joined, a blank line between paragraphs, rows above "+===+" as header', () => {
    const [t] = tablesOf(GRID)
    expect(grid(t)).toEqual([
      ['UBND TỈNH QUẢNG TRỊ / SỞ NGOẠI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc'],
      ['Số: 95/KH-SNgV', 'Quảng Trị, ngày 30 tháng 01 năm 2019'],
      ['Nội dung được viết trên hai dòng', 'x'],
    ])
    expect(t.rows.map((r) => r.header)).toEqual([true, false, false])
    expect(blocksOf(GRID).at(-1)).toMatchObject({ type: 'paragraph', text: 'Đoạn sau bảng.' })
  })

  it('reads a multiline dash table: header lines above the dash segments, rows separated by blank lines, a lone group label spanning the row', () => {
    const [t] = tablesOf(MULTILINE, false)
    expect(grid(t)).toEqual([
      ['STT', 'CƠ QUAN THỰC HIỆN', 'CƠ QUAN PHỐI HỢP', 'KẾT QUẢ', 'THỜI GIAN HOÀN THÀNH'],
      ['PHÒNG NỘI VỤ'],
      ['1', 'TCTP 1.1.1 Kế hoạch cải cách', 'Các phòng chuyên môn', 'Kế hoạch năm', 'Trước tháng 01'],
    ])
    expect(t.rows[0].header).toBe(true)
    expect(t.rows[1].cells[0].colSpan).toBe(5)
    expect(blocksOf(MULTILINE, false).at(-1)).toMatchObject({ type: 'paragraph', text: 'Đoạn sau bảng.' })
  })

  it('reads a simple dash table, one row per line, ended by a blank line', () => {
    const [t] = tablesOf(SIMPLE, false)
    expect(grid(t)).toEqual([['STT', 'Tiêu chí', 'Điểm'], ['1', '1.1.1', '0,5'], ['2', '1.5.3', '2']])
    expect(blocksOf(SIMPLE, false)).toHaveLength(2)
  })

  it('reads a headerless multiline table between two dash-segment lines', () => {
    const [t] = tablesOf(HEADERLESS, false)
    expect(grid(t)).toEqual([['1', 'TCTP 1.1.1 Kế hoạch', '0,5'], ['2', 'TCTP 1.5.3', '2']])
  })

  it('reads a raw HTML table inside markdown with the HTML table reader', () => {
    const blocks = blocksOf(HTML)
    expect(grid(blocks[0] as TableBlock)).toEqual([['UBND TỈNH QUẢNG TRỊ / SỞ NGOẠI VỤ', 'Số: 95/KH-SNgV']])
    expect(blocks[1]).toMatchObject({ type: 'heading', text: 'KẾ HOẠCH' })
  })

  it('keeps a browser’s spanning row (a line without tabs between tab-separated rows) in its table, across the whole width', () => {
    const text = ['STT\tCƠ QUAN THỰC HIỆN\tKẾT QUẢ', 'PHÒNG NỘI VỤ', '1\tTCTP 1.1.1 Kế hoạch\tKế hoạch năm', 'PHÒNG TƯ PHÁP', '2\tTCTP 2.1.1 Văn bản\tBáo cáo', '', 'Đoạn sau.'].join('\n')
    const [t] = tablesOf(text, false)
    expect(grid(t)).toEqual([['STT', 'CƠ QUAN THỰC HIỆN', 'KẾT QUẢ'], ['PHÒNG NỘI VỤ'], ['1', 'TCTP 1.1.1 Kế hoạch', 'Kế hoạch năm'], ['PHÒNG TƯ PHÁP'], ['2', 'TCTP 2.1.1 Văn bản', 'Báo cáo']])
    expect(t.rows[1].cells[0].colSpan).toBe(3)
    expect(blocksOf(text, false).at(-1)).toMatchObject({ type: 'paragraph', text: 'Đoạn sau.' })
  })

  it('does not take a horizontal rule or a setext underline for a table', () => {
    const rule = '-'.repeat(72)
    expect(tablesOf(`Đoạn một.\n\n${rule}\n\nĐoạn hai.`)).toEqual([])
    expect(tablesOf(`Tiêu đề\n${'-'.repeat(20)}\n\nĐoạn.`)).toEqual([])
  })
})

describe('text hard-wrapped at a fixed width', () => {
  it('joins a paragraph’s lines where the next word would not have fitted', () => {
    const texts = blocksOf(WRAPPED, false).map((b) => (b.type === 'table' ? '' : b.text))
    expect(texts[0]).toBe('Thực hiện Công văn số 5270/UBND-TM ngày 21 tháng 11 năm 2018 của UBND tỉnh Quảng Trị v/v triển khai Nghị quyết số 139/NQ-CP ngày 9/11/2018 của Chính phủ, Sở Ngoại vụ xây dựng kế hoạch với những nội dung chính như sau:')
    expect(texts[2]).toBe('Duy trì, phát huy kết quả đạt được (những tiêu chí đạt điểm), khắc phục những hạn chế, thiếu sót (những tiêu chí mất điểm) của chỉ số CCHC năm 2016 để không bị mất điểm.')
  })

  it('joins a list item’s indented continuation lines to the item', () => {
    const item = blocksOf(WRAPPED, false)[1]
    expect(item).toMatchObject({ type: 'list_item', text: 'Tăng cường đẩy mạnh và xã hội hóa việc cung cấp các dịch vụ công trong lĩnh vực đối ngoại của tỉnh nhà trong giai đoạn hiện nay nhé.' })
  })

  it('keeps short lines that were ended on purpose (a signature block) apart', () => {
    const texts = blocksOf(WRAPPED, false).map((b) => (b.type === 'table' ? '' : b.text))
    expect(texts.slice(-2)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'])
  })

  it('leaves one-paragraph-per-line text (lines far longer than any wrap width) as it is', () => {
    const long = 'Căn cứ Quyết định số 1423/QĐ-SNgV ngày 28/12/2018 của Sở Ngoại vụ về ban hành Kế hoạch Cải cách hành chính của đơn vị năm 2019, Sở Ngoại vụ xây dựng kế hoạch.'
    const text = Array.from({ length: 8 }, (_, i) => `${long} (${i})`).join('\n')
    expect(blocksOf(text, false)).toHaveLength(8)
  })

  it('leaves short unwrapped lines of varied length apart', () => {
    const text = ['Nơi nhận:', '- Sở Nội vụ;', '- Lưu: VT.', 'Hà Tĩnh, ngày 5 tháng 7 năm 2022', 'GIÁM ĐỐC', 'Lê Thị Khánh Cầm', 'Điện thoại: 0239 3855 888'].join('\n')
    expect(blocksOf(text, false)).toHaveLength(7)
  })
})

// As pdftotext or a PDF viewer's copy gives it: one line per printed line, no blank lines.
const PRINTED = [
  'KẾ HOẠCH',
  'Nâng cao Chỉ số cải cách hành chính của Sở Ngoại vụ năm 2017',
  'Thực hiện Kế hoạch số 162/KH-UBND ngày 28 tháng 7 năm 2017 của UBND tỉnh về',
  'Nâng cao Chỉ số cải cách hành chính của tỉnh năm 2017, Sở Ngoại vụ xây dựng Kế',
  'hoạch với những nội dung sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  '- Tăng cường đẩy mạnh và xã hội hóa việc cung cấp các dịch vụ công trong',
  'lĩnh vực đối ngoại của tỉnh.',
  '- Nâng cao hiệu quả công tác chỉ đạo, điều hành và cung ứng các dịch vụ',
  'công của Sở Ngoại vụ, qua đó góp phần xây dựng nền hành chính dân chủ, trong',
  'sạch, vững mạnh, hiệu lực, hiệu quả và phục vụ doanh nghiệp, tổ chức, công dân',
  'tốt hơn.',
  '+ TCTP 1.5.3 (2đ): Sáng kiến trong triển khai công tác CCHC được UBND tỉnh',
  'công nhận. Không có sáng kiến 0 điểm. Mất 2 điểm',
  '2. Yêu cầu',
  '- Tạo sự chuyển biến nhận thức sâu sắc trong cán bộ công chức, người lao',
  'động Sở Ngoại vụ về ý nghĩa và tầm quan trọng của việc nâng cao chỉ số năng lực',
  'cạnh tranh cấp tỉnh (PCI) và chỉ số hài lòng của người dân, tổ chức đối với',
  'UBND các cấp trong giai đoạn 2016-2020 theo kế hoạch của tỉnh đã ban hành.',
  '- Xác định nhiệm vụ duy trì và củng cố chỉ số PAPI là nhiệm vụ thường',
  'xuyên, lâu dài, kiên trì, liên tục của các Phòng chuyên môn, đơn vị trực thuộc',
  'Sở và của mỗi công chức, viên chức trong toàn cơ quan.',
].join('\n')

describe('text printed line by line (taken out of a PDF)', () => {
  const texts = blocksOf(PRINTED, false).map((b) => (b.type === 'table' ? '' : b.text))

  it('joins a sentence left unfinished at the right margin with the line it goes on in', () => {
    expect(texts).toContain('Thực hiện Kế hoạch số 162/KH-UBND ngày 28 tháng 7 năm 2017 của UBND tỉnh về Nâng cao Chỉ số cải cách hành chính của tỉnh năm 2017, Sở Ngoại vụ xây dựng Kế hoạch với những nội dung sau:')
    expect(texts).toContain('Tăng cường đẩy mạnh và xã hội hóa việc cung cấp các dịch vụ công trong lĩnh vực đối ngoại của tỉnh.')
    expect(texts).toContain('+ TCTP 1.5.3 (2đ): Sáng kiến trong triển khai công tác CCHC được UBND tỉnh công nhận. Không có sáng kiến 0 điểm. Mất 2 điểm')
  })

  it('goes on after a word no sentence ends on, or with an acronym, even when the next line starts with a capital', () => {
    expect(texts).toContain('Tạo sự chuyển biến nhận thức sâu sắc trong cán bộ công chức, người lao động Sở Ngoại vụ về ý nghĩa và tầm quan trọng của việc nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và chỉ số hài lòng của người dân, tổ chức đối với UBND các cấp trong giai đoạn 2016-2020 theo kế hoạch của tỉnh đã ban hành.')
    expect(texts).toContain('Xác định nhiệm vụ duy trì và củng cố chỉ số PAPI là nhiệm vụ thường xuyên, lâu dài, kiên trì, liên tục của các Phòng chuyên môn, đơn vị trực thuộc Sở và của mỗi công chức, viên chức trong toàn cơ quan.')
  })

  it('starts a new block at a title’s end, a numbered part or a list item', () => {
    expect(texts.slice(0, 2)).toEqual(['KẾ HOẠCH', 'Nâng cao Chỉ số cải cách hành chính của Sở Ngoại vụ năm 2017'])
    expect(texts).toContain('I. MỤC ĐÍCH, YÊU CẦU')
    expect(texts).toContain('1. Mục đích')
    expect(texts).toContain('2. Yêu cầu')
  })

  it('leaves one-paragraph-per-line text alone (its lines end sentences)', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Đoạn văn số ${i + 1} nói về công tác cải cách hành chính của Sở Ngoại vụ trong năm nay.`).join('\n')
    expect(blocksOf(text, false)).toHaveLength(30)
  })
})

describe('the official header typed as two columns on the same lines', () => {
  const cells = (text: string) => {
    const [first] = blocksOf(text, false)
    return first.type === 'table' ? { role: first.role, cells: first.rows[0].cells.map((c) => c.paragraphs) } : null
  }

  it.each([
    ['separated by runs of spaces', [
      'UBND TỈNH QUẢNG BÌNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '    SỞ NỘI VỤ                   Độc lập - Tự do - Hạnh phúc',
      'Số: 77/KH-SNV              Quảng Bình, ngày 10 tháng 01 năm 2020']],
    ['separated by a tab', [
      'UBND TỈNH QUẢNG BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 77/KH-SNV\tQuảng Bình, ngày 10 tháng 01 năm 2020']],
  ])('reads it as the layout table of agency and motto (%s)', (_, lines) => {
    expect(cells([...lines, '', 'KẾ HOẠCH'].join('\n'))).toEqual({ role: 'layout', cells: [
      ['UBND TỈNH QUẢNG BÌNH', 'SỞ NỘI VỤ', 'Số: 77/KH-SNV'],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Bình, ngày 10 tháng 01 năm 2020'],
    ] })
  })

  it('keeps a line of its own on the side it belongs to', () => {
    const text = ['UBND TỈNH QUẢNG BÌNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ', 'Độc lập - Tự do - Hạnh phúc'].join('\n')
    expect(cells(text)?.cells).toEqual([['UBND TỈNH QUẢNG BÌNH', 'SỞ NỘI VỤ'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']])
  })

  it('leaves a header without the motto, a drawn table or a two-column table of something else alone', () => {
    expect(cells('UBND TỈNH QUẢNG BÌNH      SỞ NỘI VỤ\nSố: 77/KH-SNV\n')).toBeNull()
    expect(cells('Tiêu chí      Điểm\n1.5.3      2\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeNull()
  })
})

describe('markdown that carries HTML and aligned tables', () => {
  it('reads a raw HTML paragraph (kind and title over a <br>) as the HTML walker does', () => {
    const blocks = blocksOf('<p align="center"><b>BÁO CÁO</b><br><b>Kết quả khắc phục năm 2020</b></p>\n\nĐoạn sau.')
    expect(blocks.map((b) => (b.type === 'table' ? 'table' : b.text))).toEqual(['BÁO CÁO\nKết quả khắc phục năm 2020', 'Đoạn sau.'])
  })

  it('a pipe table whose delimiter row aligns columns (":-:") has its header above it', () => {
    const [t] = tablesOf('| STT | Nhiệm vụ |\n|:-:|---|\n| 1 | Rà soát |')
    expect(grid(t)).toEqual([['STT', 'Nhiệm vụ'], ['1', 'Rà soát']])
  })
})
