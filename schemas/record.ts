import * as z from 'zod'
import { FormatSchema, LegacyEncodingSchema, OcrPageInfoSchema } from './document-model.ts'

// The normalized document record: ../shared/spec/extraction.md is the contract.
// Fields may be added here, never renamed.

export const SpanSchema = z.tuple([z.number().int().min(0), z.number().int().min(0)])
  .refine(([a, b]) => b >= a, 'span end before start')
export type Span = z.infer<typeof SpanSchema>

export const KindSchema = z.enum(['ke_hoach', 'bao_cao', 'quyet_dinh', 'cong_van', 'thong_bao', 'to_trinh',
  'nghi_quyet', 'chi_thi', 'khac'])
export type Kind = z.infer<typeof KindSchema>

export const StatusSchema = z.enum(['done', 'in_progress', 'not_done', 'unknown'])
export type Status = z.infer<typeof StatusSchema>

export const DocNumberSchema = z.object({
  raw: z.string(),
  normalized: z.string(),
  seq: z.number().int().nullable(),
  year: z.number().int().nullable(),
  typeCode: z.string().nullable(),
  issuerCode: z.string().nullable(),
  span: SpanSchema.optional(),
})
export type DocNumber = z.infer<typeof DocNumberSchema>

export const DocDateSchema = z.object({
  raw: z.string(),
  iso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  year: z.number().int().nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
  span: SpanSchema.optional(),
})
export type DocDate = z.infer<typeof DocDateSchema>

export const IssuerSchema = z.object({
  name: z.string(),
  parent: z.string().nullable(),
  code: z.string().nullable().optional(),
  span: SpanSchema.optional(),
})

export const SignerSchema = z.object({
  name: z.string().nullable(),
  position: z.string().nullable(),
  authority: z.string().nullable(),
  span: SpanSchema.optional(),
})

export const ReferenceSchema = z.object({
  kind: KindSchema.nullable(),
  number: z.string(),
  date: z.string().nullable(),
  raw: z.string(),
  span: SpanSchema,
})
export type Reference = z.infer<typeof ReferenceSchema>

export const ScoreSchema = z.object({
  // 'ranking': one agency's result in a document announcing the results of many agencies
  scope: z.enum(['overall', 'part', 'area', 'appraisal', 'survey', 'total', 'ranking']),
  code: z.string().nullable(),
  label: z.string().nullable(),
  achieved: z.number().nullable(),
  max: z.number().nullable(),
  deducted: z.number().nullable(),
  percent: z.number().nullable(),
  rank: z.number().int().nullable(),
  rankOf: z.number().int().nullable(),
  year: z.number().int().nullable(),
  // the grade announced with a ranking entry (Xuất sắc, Tốt, Khá, Trung bình, Yếu), as written
  class: z.string().nullable().optional(),
  span: SpanSchema,
})
export type Score = z.infer<typeof ScoreSchema>

export const FindingSchema = z.object({
  code: z.string().nullable(),
  level: z.enum(['TCTP', 'TC']).nullable(),
  title: z.string().nullable(),
  area: z.string().nullable(),
  max: z.number().nullable(),
  achieved: z.number().nullable(),
  deducted: z.number().nullable(),
  reason: z.string().nullable(),
  status: StatusSchema,
  span: SpanSchema,
})
export type Finding = z.infer<typeof FindingSchema>

export const DeadlineSchema = z.object({ raw: z.string(), iso: z.string().nullable() })

export const ActionSchema = z.object({
  code: z.string().nullable(),
  title: z.string().nullable(),
  owner: z.string().nullable(),
  coordinator: z.string().nullable(),
  result: z.string().nullable(),
  requirement: z.string().nullable(),
  deadline: DeadlineSchema.nullable(),
  status: StatusSchema,
  progress: z.string().nullable(),
  span: SpanSchema,
})
export type Action = z.infer<typeof ActionSchema>

export const RecordWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: SpanSchema.nullable(),
})
export type RecordWarning = z.infer<typeof RecordWarningSchema>

export const SourceSchema = z.object({
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: FormatSchema,
  pages: z.number().int().nullable(),
  ocr: z.boolean(),
  bytes: z.number().int().min(0).optional(),
  // with ocr: each page read by OCR and the mean confidence of its words
  ocrPages: z.array(OcrPageInfoSchema).optional(),
  // legacy encodings the text was decoded from (absent: the file was Unicode)
  encodings: z.array(LegacyEncodingSchema).optional(),
})

export const ExtractionRecordSchema = z.object({
  schemaVersion: z.literal(1),
  extractorVersion: z.string(),
  source: SourceSchema,
  kind: KindSchema,
  number: DocNumberSchema.nullable(),
  issuer: IssuerSchema.nullable(),
  province: z.string().nullable(),
  place: z.string().nullable(),
  date: DocDateSchema.nullable(),
  title: z.string().nullable(),
  assessmentYear: z.number().int().nullable(),
  signer: SignerSchema.nullable(),
  recipients: z.array(z.string()),
  references: z.array(ReferenceSchema),
  scores: z.array(ScoreSchema),
  findings: z.array(FindingSchema),
  actions: z.array(ActionSchema),
  warnings: z.array(RecordWarningSchema),
  text: z.string(),
})
export type ExtractionRecord = z.infer<typeof ExtractionRecordSchema>
