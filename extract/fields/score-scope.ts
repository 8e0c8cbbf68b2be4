import type { Score } from '../../schemas/record.ts'
import type { Unit } from '../linearize.ts'
import { phraseSet } from '../lexicon/lexicon.ts'
import { SCORE_SCOPES } from '../lexicon/phrases.ts'
import { foldAscii } from '../text/normalize.ts'

// What a score in prose is the score of: the words before it say ("Lĩnh vực TTHC: Sở đạt …",
// "điểm điều tra xã hội học đạt …", "Chỉ số CCHC … đạt …"), else the section it opens
// ("2.1.1. Công tác chỉ đạo điều hành (tổng điểm 36 điểm): …").

export type Scope = Score['scope'] | 'average'

export interface ScopeContext {
  carried: string // earlier clauses of the paragraph that stated no score
  lastArea: string | null // the area last named ("lĩnh vực “X” …. Ở lĩnh vực này, Bộ đạt …")
}

const AREA_RE = /Lĩnh vực\s+([^:]{3,120}?)\s*\*?\s*:/u
const QUOTED_AREA_RE = /lĩnh vực\s+[“"]([^”"]{3,120})[”"]/iu
const THIS_AREA_RE = /lĩnh vực này/iu
const PART_RE = /\bPhần\s+(?:[IVX]+\s*[,:.]?\s*)?([^]{3,160}?)\s+(?:đạt|có|chưa)(?!\p{L})/u
const SECTION_LABEL_RE = /^\d+(?:\.\d+)+\.?\s+([^(:]{3,120}?)\s*[(:]/u
const SETS = {
  survey: phraseSet(SCORE_SCOPES.survey), appraisal: phraseSet(SCORE_SCOPES.appraisal), overall: phraseSet(SCORE_SCOPES.overall),
  average: phraseSet(SCORE_SCOPES.average), total: phraseSet(SCORE_SCOPES.total),
}

function named(text: string, ctx: ScopeContext): { scope: Scope; label: string | null } | null {
  // the patterns run only where their words are (in any case, with or without diacritics)
  const folded = foldAscii(text)
  if (folded.includes('linh vuc')) {
    const quoted = QUOTED_AREA_RE.exec(text)
    if (quoted) ctx.lastArea = quoted[1].trim()
    const area = AREA_RE.exec(text)
    if (area) return { scope: 'area', label: area[1].replace(/[*_]/g, '').trim() }
    if (THIS_AREA_RE.test(text) && ctx.lastArea) return { scope: 'area', label: ctx.lastArea }
  }
  const part = folded.includes('phan') ? PART_RE.exec(text) : null
  if (part) return { scope: 'part', label: part[1].trim() }
  if (SETS.average.test(text, folded)) return { scope: 'average', label: null }
  return null
}

function kindOf(text: string): { scope: Scope; label: null } | null {
  if (SETS.survey.test(text)) return { scope: 'survey', label: null }
  if (SETS.appraisal.test(text)) return { scope: 'appraisal', label: null }
  return null
}

export function scopeOf(ctx: ScopeContext, before: string, unit: Unit, hasMax: boolean): { scope: Scope; label: string | null } {
  const found = named(before, ctx) ?? named(ctx.carried, ctx)
  if (found) return found
  // a numbered section's own points: its label, whoever appraised them
  const sec = SECTION_LABEL_RE.exec(unit.text)
  if (sec) return { scope: 'area', label: sec[1].trim() }
  const kind = kindOf(before) ?? kindOf(ctx.carried)
  if (kind) return kind
  const all = `${ctx.carried} ${before}`
  if (SETS.overall.test(all) && hasMax) return { scope: 'overall', label: null }
  if (SETS.total.test(all) && !hasMax) return { scope: 'total', label: null }
  return { scope: hasMax ? 'overall' : 'total', label: null }
}
