import * as z from 'zod'
import { DEFAULT_PIPELINE_OPTIONS, type PipelineOptions } from '../pipeline/options.ts'

// The one place that reads the environment. Values come from (highest first) CLI flags,
// CCHC_* environment variables, then the pipeline defaults; the result is validated once and
// frozen, and the pipeline only ever sees this object.

export type Config = Readonly<PipelineOptions>

const positiveInt = (what: string) =>
  z.coerce.number({ error: `${what} must be a number` }).int(`${what} must be a whole number`).positive(`${what} must be positive`)

export const ConfigSchema = z.object({
  maxBytes: positiveInt('the size limit'),
  maxUnzippedBytes: positiveInt('the unzipped size limit'),
  timeoutMs: positiveInt('the timeout'),
  memoryMb: positiveInt('the memory limit'),
  concurrency: positiveInt('the concurrency').max(256, 'the concurrency must be at most 256'),
  ocrMaxPages: positiveInt('the OCR page limit'),
})

export type ConfigKey = keyof Config

// Where each key may come from, so an error can name what the user actually typed.
export const CONFIG_SOURCES: Readonly<Record<ConfigKey, { readonly env: string; readonly flag: string }>> = {
  maxBytes: { env: 'CCHC_MAX_BYTES', flag: '--max-bytes' },
  maxUnzippedBytes: { env: 'CCHC_MAX_UNZIPPED_BYTES', flag: '--max-unzipped-bytes' },
  timeoutMs: { env: 'CCHC_TIMEOUT_MS', flag: '--timeout-ms' },
  memoryMb: { env: 'CCHC_MEMORY_MB', flag: '--memory-mb' },
  concurrency: { env: 'CCHC_CONCURRENCY', flag: '--concurrency' },
  ocrMaxPages: { env: 'CCHC_OCR_MAX_PAGES', flag: '--ocr-max-pages' },
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

export interface ConfigSources {
  readonly env?: Readonly<Record<string, string | undefined>>
  readonly cli?: Readonly<Partial<Record<ConfigKey, string | number | undefined>>>
  // Defaults that depend on where the command runs (e.g. fewer parser threads beside PGlite).
  readonly defaults?: Readonly<Partial<Config>>
}

export function loadConfig({ env = {}, cli = {}, defaults = {} }: ConfigSources = {}): Config {
  const raw: Record<string, unknown> = {}
  const origin: Record<string, string> = {}
  for (const key of Object.keys(CONFIG_SOURCES) as ConfigKey[]) {
    const { env: envName, flag } = CONFIG_SOURCES[key]
    const fromCli = cli[key]
    const fromEnv = env[envName]
    if (fromCli !== undefined) { raw[key] = fromCli; origin[key] = flag } else if (fromEnv !== undefined && fromEnv !== '') { raw[key] = fromEnv; origin[key] = envName } else {
      raw[key] = defaults[key] ?? DEFAULT_PIPELINE_OPTIONS[key]; origin[key] = 'default'
    }
  }
  const parsed = ConfigSchema.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]!
    const key = String(first.path[0])
    throw new ConfigError(`${origin[key] ?? key}=${JSON.stringify(raw[key])}: ${first.message}`)
  }
  return Object.freeze(parsed.data)
}
