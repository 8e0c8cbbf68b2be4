import { matchesNotAfter } from '../text/look-behind.ts'
import { memoTable, remember } from '../text/memo.ts'

// Criterion mentions: "TCTP 2.2.3", "TC 7.1.5", "Tiêu chí 1.7:", "tiêu chí thành phần 3.2",
// "TCTP 2.1 .1" (stray space), "TCTP1.5.3" (none), "Tiêu chí số 3.2.1", "TCTP “Mức độ …”" (quoted title, no code).
const MARKER = String.raw`(?:TCTP|TCT|TC|[Tt]iêu\s+chí\s+thành\s+phần|[Tt]iêu\s+chí|TIÊU\s+CHÍ(?:\s+THÀNH\s+PHẦN)?)`
const CODE = String.raw`\d{1,2}(?:\s?\.\s?\d{1,2}){0,4}`
// not after a letter or digit (NOT_AFTER, checked by matchesNotAfter: faster than a look-behind)
const MENTION_RE = new RegExp(
  String.raw`(${MARKER})(?:(?:\s+số)?\s*(${CODE})(?![\d]|\.\d|\s?\/))?(?=[\s:.,;“"”()\-–]|$)`, 'gu')

const NOT_AFTER = /[\p{L}\d]/u

// Bullets and enumerators that may open an item before its criterion ("- ", "+ ", "a) ", "Tại ").
const ITEM_PREFIX_RE = /^[\s\-+•·–*]*(?:[a-zđ]\)\s*)?(?:\d+\.\s+)?(?:(?:Tại|tại)\s+)?$/u
const TAI_RE = /(?:^|\s)tại\s+$/iu
// a list inside a sentence: "… bị trừ điểm như: tiêu chí thành phần 3.3.2 về …; tiêu chí thành phần 6.2.3 về …"
const IN_SENTENCE_LIST_RE = /[:;]\s*$/u

export interface Mention {
  index: number // start of the marker within the unit text
  end: number // end of marker + code
  marker: string
  code: string | null
  level: 'TCTP' | 'TC' | null
  quoted: boolean // a quoted title follows
  itemStart: boolean // opens an item (unit start after bullets, or "… tại TCTP …")
}

export const normalizeCode = (raw: string): string => raw.replace(/\s+/g, '').replace(/\.+$/, '')

// Every marker starts with one of these; most units have none, and the full pattern (with its
// Unicode look-behind) is tried only where one occurs.
const MARKER_START_RE = /TC|[Tt]iêu|TIÊU/

// A unit's mentions are asked for by several readers (findings, scores, every column of a
// table): they are found once per text (memo.ts), and shared, so frozen.
const NONE: readonly Mention[] = Object.freeze([])
const MENTIONS = memoTable<string, readonly Mention[]>()
export function findMentions(text: string): readonly Mention[] {
  return MARKER_START_RE.test(text) ? remember(MENTIONS, text, mentionsIn) : NONE
}

function mentionsIn(text: string): readonly Mention[] {
  const out: Mention[] = []
  for (const m of matchesNotAfter(MENTION_RE, text, NOT_AFTER)) {
    const index = m.index!
    const code = m[2] ? normalizeCode(m[2]) : null
    const after = text.slice(index + m[0].length)
    const quoted = /^\s*(?:\(\s*\d+(?:[.,]\d+)?\s*(?:đ|điểm)\s*\))?\s*:?\s*[“"]/u.test(after)
    if (!code && !quoted) continue
    const before = text.slice(0, index)
    const marker = m[1].replace(/\s+/g, ' ')
    const level = /^TCTP|^TCT$|thành phần/iu.test(marker) ? 'TCTP' : /^TC$/u.test(marker) ? 'TC' : null
    out.push({ index, end: index + m[0].length, marker, code, level, quoted,
      itemStart: ITEM_PREFIX_RE.test(before) || TAI_RE.test(before) || (code !== null && IN_SENTENCE_LIST_RE.test(before)) })
  }
  for (const m of out) Object.freeze(m)
  return Object.freeze(out)
}

// "1.5" is an ancestor of "1.5.3"
export const isAncestor = (a: string, b: string): boolean => b.startsWith(`${a}.`)
