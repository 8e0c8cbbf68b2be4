import { phraseSet, foldPhrase } from '../extract/lexicon/lexicon.ts'
import { WEB_CHROME } from '../extract/lexicon/phrases.ts'
import type { ParseWarning } from '../schemas/document-model.ts'

// A web page copied as text (a portal's article selected with the browser) carries the site
// around the article: the menu, a breadcrumb, share and print buttons, related headlines, the
// footer. The article is what is left: menu and breadcrumb lines before it, and everything from
// the first "Tin liên quan" / "Chia sẻ" / "Lượt xem" line after its body.

const MENU = new Set(WEB_CHROME.menu.map(foldPhrase))
const END = phraseSet(WEB_CHROME.end)
const BREADCRUMB = /\S\s*[»›]\s*\S/u
const SHORT = 60

// "Trang chủ", "Tin tức - Sự kiện", "Cỡ chữ: A- A A+ | In bài | Gửi email"
function isMenuLine(line: string): boolean {
  const parts = line.split(/\s*[|•·]\s*/u).map((p) => foldPhrase(p.replace(/:.*$/u, '').replace(/[.…]+$/u, ''))).filter(Boolean)
  return parts.length > 0 && parts.every((p) => MENU.has(p) || END.at(p, 0) !== null)
}

const isEnd = (line: string): boolean => line.length <= SHORT && END.at(line.trim(), 0) !== null

export function stripWebChrome(lines: readonly string[]): { lines: string[]; warnings: ParseWarning[] } {
  const trimmed = lines.map((l) => l.trim())
  const menu = trimmed.filter((l) => l && l.length <= SHORT && isMenuLine(l)).length
  const crumbs = trimmed.filter((l) => l.length <= 120 && BREADCRUMB.test(l)).length
  const ends = trimmed.filter(isEnd).length
  // a page, not a document that happens to say "Trang chủ": several signs together
  if ((menu >= 3 ? 1 : 0) + (crumbs > 0 ? 1 : 0) + (ends > 0 ? 1 : 0) < 2) return { lines: [...lines], warnings: [] }
  // the article runs from the first long line after the menu and breadcrumb to the first end marker after it
  const bodyAt = trimmed.findIndex((l) => l.length > SHORT * 1.5)
  const endAt = trimmed.findIndex((l, i) => i > bodyAt && bodyAt >= 0 && isEnd(l))
  const out: string[] = []
  let dropped = 0
  lines.forEach((line, i) => {
    const t = trimmed[i]
    const chrome = (endAt >= 0 && i >= endAt) || (t !== '' && t.length <= 120 && (isMenuLine(t) || BREADCRUMB.test(t)) && (bodyAt < 0 || i < bodyAt || isMenuLine(t)))
    if (chrome) dropped++
    else out.push(line)
  })
  return { lines: out, warnings: dropped ? [{ code: 'web_page_chrome', message: `${dropped} line(s) of the web page around the article (menu, breadcrumb, buttons, related headlines, footer) left out` }] : [] }
}
