// Every match of a global pattern, where the character before the match is not one of `before`:
// what the same pattern opening with a Unicode look-behind ((?<![\p{L}…])…) finds. V8 tries
// such a look-behind at every position of the text before the rest of the pattern can skip
// ahead, which made a unit's agency names cost five times the pattern without it. A candidate
// that fails the check is retried one position further on, as the engine would have.
export function matchesNotAfter(re: RegExp, text: string, before: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index
    if (at > 0 && before.test(charBefore(text, at))) { re.lastIndex = at + 1; continue }
    out.push(m)
    if (m[0].length === 0) re.lastIndex = at + 1
  }
  return out
}

// The character (code point) before `at`: a surrogate pair as one, as the look-behind reads it.
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1)
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at)
  }
  return text[at - 1]
}
