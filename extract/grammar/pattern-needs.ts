// The characters every match of a pattern holds: its literal characters that stand outside any
// group, class or alternative and are not made optional. A rule of the grammar is tried on a
// clause only when the clause's symbols hold them all: most rules find nothing in most clauses,
// and the test is cheaper than running the pattern. Sound, not complete: a character needed
// only inside a group (a named number, a look-around) is simply not counted.
export function neededCharacters(source: string): string[] {
  const out: string[] = []
  let depth = 0, inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (inClass) { if (c === '\\') i++; else if (c === ']') inClass = false; continue }
    if (c === '\\' && depth > 0) { i++; continue }
    if (c === '[') { inClass = true; continue }
    if (c === '(') { depth++; continue }
    if (c === ')') { depth--; continue }
    if (depth > 0) continue
    if (c === '|') return [] // alternatives at the top: no one character is sure
    if (c === '{') { i = source.indexOf('}', i); continue } // a quantifier of what came before
    if ('^$.*+?'.includes(c)) continue
    let literal = c
    if (c === '\\') {
      literal = source[++i]
      if (/[A-Za-z0-9]/.test(literal)) continue // \d, \s, \b …: a class or an assertion
    }
    const q = source[i + 1]
    if (q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(source.slice(i + 1)))) continue
    if (!out.includes(literal)) out.push(literal)
  }
  return out
}
