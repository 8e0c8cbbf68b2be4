import { symbolsOf, type Token } from './tokens.ts'
import { neededCharacters } from './pattern-needs.ts'

// The rules of the points grammar: sequences of token symbols (see tokens.ts), one line each,
// shared by criterion statements and aggregate scores. A named group marks the number (or
// ordinal) that fills a field. Rules are tried in this order; the first to set a field wins.

export type PointField = 'achieved' | 'max' | 'deducted' | 'percent' | 'rank' | 'rankOf'

export interface Rule {
  readonly name: string
  readonly re: RegExp
  readonly fixed?: Partial<Record<PointField, number>>
  readonly needs: readonly string[] // symbols every match holds (pattern-needs.ts)
  readonly groups: readonly string[] // its named groups, in order
}

const rule = (name: string, pattern: string, fixed?: Rule['fixed']): Rule => ({
  name, re: new RegExp(pattern, 'dg'), fixed, needs: neededCharacters(pattern),
  groups: [...pattern.matchAll(/\(\?<([A-Za-z]\w*)>/g)].map((m) => m[1]),
})

// a number of points, not a date ("30/6/2024") nor a code
const PAIR = String.raw`(?<![/K])(?<achieved>N)\/(?<max>N)(?![/N])`

export const RULES = {
  // "không đạt điểm (điểm tối đa 1 điểm)"; not "không được chấm điểm tối đa" (short of the maximum)
  zero: rule('zero', 'Z(?!M)', { achieved: 0 }),
  // "0 điểm trên 1 điểm tối đa", "được 1,5 điểm trên tổng số 2 điểm"
  pairOver: rule('pairOver', String.raw`(?<achieved>N)UO(?<max>N)[UM]?M?`),
  // "71.35 điểm/100 điểm"
  pairUnits: rule('pairUnits', String.raw`(?<achieved>N)U\/(?<max>N)U`),
  // "0,5/1 điểm", "9,25/11 điểm tối đa"
  pair: rule('pair', `${PAIR}[UM]M?`),
  // "đạt 0,75/1.", "chỉ đạt 0,5/1;" — after a word of achievement, and not a count ("còn 02/18 nhiệm vụ")
  pairSaid: rule('pairSaid', `A${PAIR}(?![wK%])`),
  // "(1,0/0,5)" — a pair in brackets after a title; which is which is settled by the values or the heading
  pairParen: rule('pairParen', String.raw`\(${PAIR}\)`),
  // "bị trừ 0,5 điểm", "mất 1 điểm", "giảm 0,25đ"
  loss: rule('loss', String.raw`L:?(?<deducted>N)U`),
  // "điểm tối đa 1", "(tối đa 1,5 điểm)", "điểm chuẩn là 2", "tổng điểm tối đa đánh giá là 70 điểm"
  maxWord: rule('maxWord', String.raw`U?M[A:]*(?<max>N)(?![/%])`),
  // "(tổng điểm 36 điểm)": a section's total is its maximum
  maxTotal: rule('maxTotal', String.raw`T:?(?<max>N)U`),
  // "tổng điểm của Tịnh Biên là 87.65"
  totalSaid: rule('totalSaid', String.raw`T[w,]{0,8}A(?<achieved>N)(?![/%N])`),
  // "2 điểm tối đa"
  maxAfter: rule('maxAfter', String.raw`(?<max>N)UM`),
  // "(2đ)", "(1 điểm)" right after a criterion's code or title
  maxParen: rule('maxParen', String.raw`^\((?<max>N)U\)`),
  // "đạt 0,5 điểm", "chỉ được 0,5 điểm", "thẩm định 33 điểm", "điểm đạt 0,5"
  achievedWord: rule('achievedWord', String.raw`U?A(?<achieved>N)(?:U|(?=[^/%NwKU]|$))`),
  // "…: 0,5 điểm", "…: 01 điểm"
  achievedColon: rule('achievedColon', String.raw`:(?<achieved>N)U`),
  // a statement that opens with its points: ": 0 điểm (điểm tối đa 1 điểm)"
  achievedLead: rule('achievedLead', String.raw`^[:\-]?(?<achieved>N)U(?!M)`),
  // "… 01 điểm" anywhere (only where nothing else is stated)
  bare: rule('bare', String.raw`(?<![LM/])(?<achieved>N)U(?![M/])`),
  // "86,41%"
  percent: rule('percent', String.raw`(?<percent>N)%`),
  // "xếp thứ 9/21", "xếp hạng 8 trong số 10"
  rank: rule('rank', String.raw`R(?<rank>N)[/O](?<rankOf>N)`),
  // "xếp hạng nhất", "xếp thứ hai"
  rankOrdinal: rule('rankOrdinal', String.raw`R(?<rank>E)(?!N)`),
  // "xếp thứ 3" without the number of agencies
  rankAlone: rule('rankAlone', String.raw`R(?<rank>N)(?![/ON])`),
} as const

export type RuleName = keyof typeof RULES

export interface RuleMatch {
  readonly rule: RuleName
  readonly fields: Partial<Record<PointField, number>>
  readonly from: number // token indices [from, to)
  readonly to: number
}

export interface Tokens { readonly list: readonly Token[]; readonly syms: string }
export const tokensOf = (list: readonly Token[]): Tokens => ({ list, syms: symbolsOf(list) })

export function matchAll(name: RuleName, t: Tokens): RuleMatch[] {
  const r = RULES[name]
  const out: RuleMatch[] = []
  for (const c of r.needs) if (!t.syms.includes(c)) return out
  r.re.lastIndex = 0
  for (let m = r.re.exec(t.syms); m; m = r.re.exec(t.syms)) {
    const fields: Partial<Record<PointField, number>> = { ...r.fixed }
    const at = m.indices!.groups
    for (const field of r.groups) {
      const span = at?.[field]
      const v = span ? t.list[span[0]].value : null
      if (v !== null && v !== undefined) fields[field as PointField] = v
    }
    out.push({ rule: name, fields, from: m.index, to: m.index + m[0].length })
    if (m[0].length === 0) r.re.lastIndex++
  }
  return out
}

export const matchFirst = (name: RuleName, t: Tokens): RuleMatch | null => matchAll(name, t)[0] ?? null
