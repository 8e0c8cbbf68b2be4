// What was decoded where, as the `legacy_encoding` warning of the document model says it.
import type { ParseWarning } from '../../schemas/document-model.ts'
import type { TextEncoding } from './detect.ts'
import type { LegacyEncoding } from './tables.ts'

// 1, 2, 3, 5 → "1–3, 5"
export function ranges(numbers: readonly number[]): string {
  const out: string[] = []
  for (let i = 0; i < numbers.length;) {
    let j = i
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++
    out.push(j === i ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`)
    i = j + 1
  }
  return out.join(', ')
}

// `encodings[i]` is the encoding unit i + 1 was read in; `unit` names the units ("line", "page").
export function detectedReport(encodings: readonly TextEncoding[], unit: string): { encodings: LegacyEncoding[]; warning: ParseWarning | null } {
  const where = new Map<LegacyEncoding, number[]>()
  encodings.forEach((e, i) => { if (e !== 'unicode') where.set(e, [...(where.get(e) ?? []), i + 1]) })
  if (where.size === 0) return { encodings: [], warning: null }
  const parts = [...where].map(([e, at]) => `${e.toUpperCase()} in ${unit}${at.length > 1 ? 's' : ''} ${ranges(at)}`)
  return {
    encodings: [...where.keys()].sort(),
    warning: { code: 'legacy_encoding', message: `text in a legacy encoding that no font named, read by its Vietnamese syllables: ${parts.join('; ')}` },
  }
}
