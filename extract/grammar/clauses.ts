import { phraseSet } from '../lexicon/lexicon.ts'
import { AGENCY_HEADS, REASON_OPENERS } from '../lexicon/phrases.ts'
import { foldAscii } from '../text/normalize.ts'
import { matchAll, tokensOf, type PointField, type RuleMatch, type RuleName, type Tokens } from './rules.ts'
import { tokenize } from './tokens.ts'
import { memoTable, remember } from '../text/memo.ts'

// Reading points and reasons out of a stretch of text with the grammar's rules.

export type Points = Record<'max' | 'achieved' | 'deducted', number | null>

// The rules a criterion's statement is read with, in the order they set a field.
export const STATEMENT_RULES: readonly RuleName[] = ['pairOver', 'pairUnits', 'pair', 'pairSaid', 'pairParen', 'zero', 'loss',
  'maxParen', 'maxWord', 'maxAfter', 'achievedWord', 'achievedColon', 'achievedLead']

export interface Read { readonly tokens: Tokens; readonly matches: readonly RuleMatch[] }

// A statement's parts are read more than once (its title, its details, its sentences, the
// aggregate scores of the same paragraph): each text's tokens are kept (memo.ts). Tokens are
// never changed by their readers.
// `folded` is foldAscii(text) when the caller has it (a slice of Linear.folded).
const TOKENS = memoTable<string, Tokens>()
export function readTokens(text: string, folded?: string): Tokens {
  return remember(TOKENS, text, () => tokensOf(tokenize(text, folded ?? foldAscii(text))))
}

// Every match of the given rules, in rule order.
export function readRules(tokens: Tokens, rules: readonly RuleName[]): RuleMatch[] {
  return rules.flatMap((r) => matchAll(r, tokens))
}

// Fills what is still unknown, rule by rule: the first rule to state a field wins.
export function fillPoints(into: Points, matches: readonly RuleMatch[]): void {
  for (const m of matches) {
    for (const f of ['max', 'achieved', 'deducted'] as const) {
      const v = m.fields[f as PointField]
      if (v === undefined || into[f] !== null) continue
      into[f] = v
    }
    // a bracketed pair states its larger value as the maximum: "(1,0/0,5)" is max 1, achieved 0.5
    if (m.rule === 'pairParen' && into.achieved !== null && into.max !== null && into.achieved > into.max) {
      [into.achieved, into.max] = [into.max, into.achieved]
    }
  }
}

// Token indices covered by point statements.
export function coveredBy(matches: readonly RuleMatch[], size: number): Uint8Array {
  const covered = new Uint8Array(size)
  for (const m of matches) covered.fill(1, m.from, m.to)
  return covered
}

const OPENER = phraseSet(REASON_OPENERS)
const LABEL = /^(?:ly do|nguyen nhan)(?:\s+la)?\s*:?\s*/

// Where a reason opens in `text`: "do …", "vì …" (kept), "Lý do: …", "Nguyên nhân là …" (label dropped).
export function findReasonOpener(text: string, folded = foldAscii(text)): { start: number; textStart: number } | null {
  for (let m = OPENER.find(text, 0, folded); m; m = OPENER.find(text, m.index + 1, folded)) {
    const before = folded.slice(0, m.index)
    if (before && !/[\s.;:,(]$/.test(before)) continue
    const label = LABEL.exec(folded.slice(m.index))
    return { start: m.index, textStart: label ? m.index + label[0].length : m.index }
  }
  return null
}

const SUBJECT = phraseSet(AGENCY_HEADS)

// True when a sentence says nothing but points ("Mất 2 điểm", "(đạt 0,5/1 điểm).", "0 điểm",
// "Sở Nội vụ thẩm định 0 điểm"). A percentage is a fact, not points ("Đạt 45%").
export function isPointsOnly(text: string): boolean {
  const folded = foldAscii(text)
  const t = readTokens(text)
  if (t.syms.includes('%') || !t.syms.includes('N')) return false
  const matches = readRules(t, [...STATEMENT_RULES, 'bare'])
  const covered = coveredBy(matches, t.list.length)
  const first = matches.reduce((a, m) => Math.min(a, m.from), t.list.length)
  // the agency that scored, named before its points
  const subject = SUBJECT.at(text, folded.search(/\S/), folded) !== null ? first : 0
  let words = 0
  t.list.forEach((tok, i) => { if (i >= subject && !covered[i] && (tok.sym === 'w' || tok.sym === 'K')) words++ })
  return words === 0
}
