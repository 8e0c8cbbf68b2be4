import type { Action, Finding, RecordWarning, Score } from '../schemas/record.ts'
import type { Linear } from './linearize.ts'
import { isAncestor } from './fields/criteria.ts'
import { checkConsistency } from './fields/consistency.ts'
import { findDrafts, splitAggregates, type Draft } from './fields/findings.ts'
import { dedupeScores, findScores, type ScoreDraft } from './fields/scores.ts'
import { deriveThird } from './fields/statement.ts'
import { readTables } from './tables/read-tables.ts'
import { findAgencyResults, rankingResults } from './fields/prose-ranking.ts'
import type { ScoringRow } from './tables/scoring.ts'
import { sentenceCase } from './tables/scoring.ts'
import { matchKey } from './text/normalize.ts'

// Findings, aggregate scores and actions are read together: a criterion with children is a
// score, a leaf is a finding, and a remediation table's progress column gives a finding its status.

function mergeDrafts(drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  for (const d of drafts) {
    const key = d.code ?? (d.title ? matchKey(d.title) : null)
    const twin = out.find((o) => (o.code ?? (o.title ? matchKey(o.title) : null)) === key)
    if (!twin) { out.push({ ...d }); continue }
    twin.title ??= d.title; twin.max ??= d.max; twin.achieved ??= d.achieved; twin.deducted ??= d.deducted
    twin.reason ??= d.reason; twin.level ??= d.level; twin.status ??= d.status
  }
  return out
}

const lostPoints = (r: ScoringRow) => (r.deducted !== null && r.deducted > 0.001) || (r.achieved !== null && r.max !== null && r.achieved < r.max)

function rowDraft(r: ScoringRow): Draft {
  return { ...r, level: null, titleStart: r.title ? Math.max(0, r.unit.text.indexOf(r.title.slice(0, 12))) : null,
    mention: { index: 0, end: 0, marker: '', code: r.code, level: null, quoted: false, itemStart: true } }
}

function rowScore(r: ScoringRow): ScoreDraft {
  return { scope: r.role === 'total' ? 'total' : 'area', code: r.role === 'total' ? null : r.code, label: r.title ? sentenceCase(r.title) : null,
    achieved: r.achieved, max: r.max, deducted: r.deducted, percent: null, rank: null, rankOf: null, start: r.start, end: r.end, unit: r.unit }
}

export function buildFindings(lin: Linear, bodyStart: number, year: number | null, issuer: string | null = null):
  { findings: Finding[]; scores: Score[]; actions: Action[]; warnings: RecordWarning[] } {
  const tables = readTables(lin)
  const tableLeaves = tables.scoring.filter((r) => r.role === 'leaf' && lostPoints(r)).map(rowDraft)
  // a table row states its criterion column by column: it is merged first, prose fills the rest
  const { leaves, aggregates } = splitAggregates([...tableLeaves, ...findDrafts(lin, bodyStart)])
  const merged = mergeDrafts(leaves).sort((a, b) => a.start - b.start)
  for (const d of merged) deriveThird(d)
  const aggScores: ScoreDraft[] = mergeDrafts(aggregates).filter((a) => a.achieved !== null || a.max !== null).map((a) => {
    deriveThird(a)
    return { scope: 'area', code: a.code, label: a.title, achieved: a.achieved, max: a.max, deducted: a.deducted,
      percent: null, rank: null, rankOf: null, start: a.start, end: a.end, unit: a.unit }
  })
  const tableScores = tables.scoring.filter((r) => r.role !== 'leaf').map(rowScore)
  const rankings: ScoreDraft[] = tables.ranking.map((r) => ({ scope: 'ranking', code: null, label: r.label, achieved: r.achieved, max: r.max,
    deducted: null, percent: r.percent, rank: r.rank, rankOf: null, class: r.class, start: r.start, end: r.end, unit: r.unit }))
  const results = rankingResults(findAgencyResults(lin, bodyStart), issuer)
  for (const r of results) rankings.push({ scope: 'ranking', code: null, label: r.label, achieved: r.achieved, max: r.max, deducted: null,
    percent: r.percent, rank: r.rank, rankOf: r.rankOf, start: r.start, end: r.end, unit: r.unit })
  // what an agency's result says is its entry, not an aggregate of the document's own
  const prose = findScores(lin, bodyStart).filter((s) => !results.some((r) => s.start < r.end && r.start < s.end))
  for (const s of prose) deriveThird(s)
  const scores = dedupeScores([...prose, ...tableScores, ...aggScores, ...rankings]).sort((a, b) => a.start - b.start)

  const areaOf = (d: Draft): string | null => {
    const agg = [...aggScores, ...tableScores].filter((a) => a.code && d.code && isAncestor(a.code, d.code)).sort((a, b) => b.code!.length - a.code!.length)[0]
    if (agg) return agg.label
    const before = scores.filter((s) => s.scope === 'area' && s.start <= d.start && s.label).pop()
    return before?.label ?? null
  }
  const leafCodes = new Set(merged.map((d) => d.code).filter((c): c is string => c !== null))
  const actions = tables.actions(aggregates.length || tableScores.length ? leafCodes : null)
  const findings: (Finding & { start: number; end: number })[] = merged.map((d) => {
    const progress = actions.find((a) => a.code === d.code && (a.progress || a.status !== 'unknown'))
    return {
      code: d.code, level: d.level, title: d.title, area: areaOf(d), max: d.max, achieved: d.achieved, deducted: d.deducted,
      reason: d.reason, status: d.status ?? (progress ? progress.status : 'unknown'), span: [d.start, d.end], start: d.start, end: d.end,
    }
  })
  const titles = [...merged, ...actions].filter((x) => x.code && x.title).map((x) => ({ code: x.code!, title: x.title!, start: x.start, end: x.end }))
  const warnings = [...tables.warnings, ...checkConsistency(findings, scores, titles)]
  return {
    findings: findings.map(({ start: _s, end: _e, ...f }) => f),
    scores: scores.map(({ start, end, unit: _u, ...s }) => ({ ...s, year, span: [start, end] as [number, number] })),
    actions: actions.map(({ start, end, units: _u, ...a }) => ({ ...a, span: [start, end] as [number, number] })),
    warnings,
  }
}
