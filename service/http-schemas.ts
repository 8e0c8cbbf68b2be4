import * as z from 'zod'
import { DeficiencyFilterSchema, FindingFilterSchema } from '../store/queries/index.ts'
import { JOB_STATES } from './jobs.ts'

// Every request part the API reads is described here, validated by zod before a handler runs,
// and published in /openapi.json. Query objects are strict: a misspelt filter is an error, not
// silently ignored (which would return everything).

export const ErrorSchema = z.object({ code: z.string(), message: z.string() }).describe('error')

const Sha = z.string().regex(/^[0-9a-f]{64}$/)
const limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt)
const offset = z.coerce.number().int().min(0).max(10_000_000).default(0)
// Query strings carry text: "false" must mean false (z.coerce.boolean would make it true).
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1').optional()

export const UploadResponseSchema = z.object({
  files: z.array(z.object({
    fileName: z.string(), sha256: Sha, jobId: z.string().nullable(),
    status: z.enum(['queued', 'duplicate']), documentId: z.number().int().optional(),
  })),
})

export const JobIdParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'not a job id') })

export const JobSchema = z.object({
  id: z.string(), state: z.enum(JOB_STATES), sha256: Sha, fileName: z.string(), attempts: z.number().int(),
  error: ErrorSchema.optional(),
  result: z.object({ status: z.enum(['stored', 'duplicate']), documentId: z.number().int() }).optional(),
  createdAt: z.string().optional(), finishedAt: z.string().optional(),
})

export const JobsQuery = z.strictObject({ state: z.enum(JOB_STATES).default('failed'), limit: limit(1000, 50), offset })
export const JobListSchema = z.object({ jobs: z.array(JobSchema) })

export const DocumentsQuery = z.strictObject({ limit: limit(500, 50), offset })
export const DocumentParams = z.object({ id: z.string().regex(/^(\d{1,9}|[0-9a-f]{8,64})$/, 'a document id or a SHA-256 (prefix of at least 8 hex digits)') })

export const DocumentRowSchema = z.object({
  id: z.number().int(), sha256: z.string(), fileName: z.string(), format: z.string(), kind: z.string(), number: z.string().nullable(),
  agency: z.string().nullable(), province: z.string().nullable(), year: z.number().int().nullable(), docDate: z.string().nullable(),
  renditionOf: z.number().int().nullable(), importedAt: z.string(),
})
export const DocumentListSchema = z.object({ rows: z.array(DocumentRowSchema), total: z.number().int() })

export const FindingsQuery = z.strictObject(FindingFilterSchema.shape)
export const DeficienciesQuery = z.strictObject({ ...DeficiencyFilterSchema.shape, recurring: flag, unresolved: flag })

// Store rows are documented by their query modules; here they pass through as objects.
const Rows = z.array(z.record(z.string(), z.unknown()))
export const FindingListSchema = z.object({ rows: Rows, total: z.number().int() })
export const DeficiencyListSchema = z.object({ rows: Rows })
export const AnyObject = z.record(z.string(), z.unknown())

export const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']), mode: z.enum(['bullmq', 'in-process']),
  database: z.enum(['up', 'down']), queue: z.enum(['up', 'down']),
})
export const HealthDownSchema = ErrorSchema.extend(HealthSchema.shape)
