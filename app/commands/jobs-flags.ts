import { z } from 'zod'
import { JOB_STATES } from '../../service/jobs.ts'

// `cchc jobs` flags, checked when the command runs (zod is not loaded at the CLI's start).
export const JobsFlagsSchema = z.object({
  state: z.enum(JOB_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(50),
  retry: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'not a job id').optional(),
})
