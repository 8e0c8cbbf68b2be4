// TCVN3's plain ư is code 0xAD, the soft hyphen. A PDF maker that took it for one did not draw
// it (or drew "-" where it broke a line there): "đợc", "nớc", "tr-ớc". Where a word is no
// Vietnamese syllable and exactly one place to put ư back makes it one, it goes back there.
// A word that is a syllable without it ("cha" for "chưa", "lu" for "lưu") cannot be told.
import { isVietnameseSyllable } from './syllable.ts'

// whole words of two letters or more, not glued to digits ("30c/NQ-CP", "1đ")
const WORD = /(?<![\p{L}\p{N}])\p{L}{2,}(?:-\p{L}+)?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{L}-\p{L}+(?![\p{L}\p{N}])/gu

function withU(word: string): string | null {
  const bare = word.replace('-', '')
  const u = bare === bare.toLocaleUpperCase('vi') && bare.length > 1 ? 'Ư' : 'ư'
  const at = word.indexOf('-')
  const found = new Set<string>()
  for (let i = 0; i <= bare.length; i++) {
    if (at >= 0 && i !== at) continue // a drawn hyphen marks the place
    const candidate = bare.slice(0, i) + u + bare.slice(i)
    if (isVietnameseSyllable(candidate)) found.add(candidate)
  }
  return found.size === 1 ? [...found][0] : null
}

export const restoreLostU = (text: string): string =>
  text.replace(WORD, (word) => (isVietnameseSyllable(word.replace('-', '')) && !word.includes('-') ? word : withU(word) ?? word))
