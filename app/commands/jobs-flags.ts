import * as z from 'zod'
import { JOB_STATES } from '../../service/jobs.ts'

// `cchc jobs` flags, checked when the command runs (zod is not loaded at the CLI's start).
export const JobsFlagsSchema = z.object({
  state: z.enum(JOB_STATES, { error: `must be one of ${JOB_STATES.join(', ')}` }).optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(10_000, 'must be at most 10000').default(50),
  retry: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'not a job id').optional(),
})
