import * as z from 'zod'

// The one shape every parser returns: ordered blocks of text and structure, never records.
// Offsets are not stored here; the extraction core linearizes blocks into the record's `text`.

// 'image': a scanned page as a PNG, JPEG or TIFF file (read by OCR)
export const FormatSchema = z.enum(['docx', 'doc', 'pdf', 'txt', 'md', 'html', 'image'])
export type Format = z.infer<typeof FormatSchema>

export const ParseWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
})
export type ParseWarning = z.infer<typeof ParseWarningSchema>

export const CellSchema = z.object({
  // A cell holds paragraphs; an empty string is an empty paragraph used to align items.
  paragraphs: z.array(z.string()),
  colSpan: z.number().int().positive().default(1),
  // A place held for a cell of a row above that spans down into this row (Word's vertically
  // merged cells): its own paragraphs are empty; readers take the cell above.
  mergedAbove: z.boolean().optional(),
})
export type Cell = z.infer<typeof CellSchema>

export const RowSchema = z.object({
  cells: z.array(CellSchema),
  // true for a header row (also when it repeats at a page break)
  header: z.boolean().default(false),
})
export type Row = z.infer<typeof RowSchema>

const page = z.number().int().positive().optional()

export const HeadingBlockSchema = z.object({
  type: z.literal('heading'), text: z.string(), level: z.number().int().min(1).max(9), page,
})
export const ParagraphBlockSchema = z.object({
  type: z.literal('paragraph'), text: z.string(), page,
  bold: z.boolean().optional(), italic: z.boolean().optional(),
  align: z.enum(['left', 'center', 'right', 'justify']).optional(),
})
export const ListItemBlockSchema = z.object({
  type: z.literal('list_item'), text: z.string(), level: z.number().int().min(0).default(0), page,
})
export const TableBlockSchema = z.object({
  type: z.literal('table'), rows: z.array(RowSchema), page,
  // 'layout' tables hold the official header (agency | motto, number | place-date) or the
  // closing (Nơi nhận | signer); 'data' tables hold content such as task or remediation rows.
  role: z.enum(['layout', 'data']).default('data'),
})

export const BlockSchema = z.discriminatedUnion('type', [
  HeadingBlockSchema, ParagraphBlockSchema, ListItemBlockSchema, TableBlockSchema,
])
export type Block = z.infer<typeof BlockSchema>
export type TableBlock = z.infer<typeof TableBlockSchema>

// One page read by OCR: the mean confidence Tesseract gives its words (0–100; null when it found
// no words) and how many words it found.
export const OcrPageInfoSchema = z.object({
  page: z.number().int().positive(),
  confidence: z.number().min(0).max(100).nullable(),
  words: z.number().int().min(0),
})
export type OcrPageInfo = z.infer<typeof OcrPageInfoSchema>

// Legacy 8-bit Vietnamese encodings a parser decoded (TCVN3/ABC and VNI fonts, VIQR text).
export const LegacyEncodingSchema = z.enum(['tcvn3', 'vni', 'viqr'])

export const DocumentModelSchema = z.object({
  format: FormatSchema,
  pages: z.number().int().positive().nullable().default(null),
  ocr: z.boolean().default(false),
  blocks: z.array(BlockSchema),
  warnings: z.array(ParseWarningSchema).default([]),
  // the pages read by OCR, when any were
  ocrPages: z.array(OcrPageInfoSchema).optional(),

  // present when some text was decoded from a legacy encoding (the text in `blocks` is Unicode)
  encodings: z.array(LegacyEncodingSchema).optional(),
})
export type DocumentModel = z.infer<typeof DocumentModelSchema>
export type DocumentModelInput = z.input<typeof DocumentModelSchema>
