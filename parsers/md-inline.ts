// Markdown inline syntax removal for transcriptions: emphasis markers, links, escapes.
// A markdown library would also reinterpret the tab-indented lines and "*" inside formulas
// such as "(90.0*1.5)/100", which these documents are full of, so this is deliberately narrow:
// a "*"/"_" run is emphasis only at a word boundary, like CommonMark's rule for "_".

export interface InlineResult {
  readonly text: string
  // Whether the whole text was wrapped in strong (resp. emphasis) markers.
  readonly bold: boolean
  readonly italic: boolean
}

interface Delim { index: number; ch: string; len: number; canOpen: boolean; canClose: boolean }

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c)
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

// Parts of the text: literal strings and delimiter runs, in order.
function tokenize(text: string): Array<string | Delim> {
  const parts: Array<string | Delim> = []
  let literal = ''
  for (let i = 0; i < text.length; ) {
    const c = text[i]
    if (c === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
      literal += text[i + 1]
      i += 2
    } else if (c === '*' || c === '_') {
      let j = i
      while (text[j] === c) j++
      const before = text[i - 1]
      const after = text[j]
      if (literal) parts.push(literal)
      literal = ''
      parts.push({ index: parts.length, ch: c, len: j - i, canOpen: !isSpace(after) && !isWordChar(before), canClose: !isSpace(before) && !isWordChar(after) })
      i = j
    } else {
      literal += c
      i++
    }
  }
  if (literal) parts.push(literal)
  return parts
}

export function stripInline(raw: string): InlineResult {
  const text = raw
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/!?\[([^\]]*)\]\((?:[^()\s]+|<[^>]*>)(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<((?:https?|mailto|ftp):[^>\s]+)>/gi, '$1')
  const parts = tokenize(text)
  const stack: Delim[] = []
  const matched = new Map<number, Delim>()
  for (const part of parts) {
    if (typeof part === 'string') continue
    const opener = part.canClose ? [...stack].reverse().find((d) => d.ch === part.ch) : undefined
    if (opener) {
      stack.splice(stack.indexOf(opener))
      matched.set(opener.index, part)
      matched.set(part.index, opener)
    } else if (part.canOpen) {
      stack.push(part)
    }
  }
  const out = parts.map((p) => (typeof p === 'string' ? p : matched.has(p.index) ? '' : p.ch.repeat(p.len))).join('')
  return { text: out, ...wrapping(parts, matched) }
}

// Bold/italic when the first part opens a pair that the last part closes.
function wrapping(parts: Array<string | Delim>, matched: Map<number, Delim>): { bold: boolean; italic: boolean } {
  const nonBlank = parts.filter((p) => typeof p !== 'string' || p.trim() !== '')
  const first = nonBlank[0]
  const last = nonBlank[nonBlank.length - 1]
  if (!first || typeof first === 'string' || typeof last === 'string' || matched.get(first.index) !== last) {
    return { bold: false, italic: false }
  }
  const len = Math.min(first.len, last.len)
  return { bold: len >= 2, italic: len % 2 === 1 }
}

// Whether a line leaves a "**" open, so the paragraph continues on the next line
// ("**BẢNG TIÊU CHÍ …\nTRONG VIỆC …**").
export function leavesStrongOpen(line: string): boolean {
  return ((line.replace(/\\\*/g, '').match(/\*\*/g)?.length ?? 0) % 2) === 1
}
