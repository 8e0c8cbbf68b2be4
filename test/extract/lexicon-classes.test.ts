import { describe, expect, it } from 'vitest'
import { phraseClasses } from '../../extract/lexicon/lexicon.ts'
import { COLUMN_HEADINGS, FOLLOWER_LABELS } from '../../extract/lexicon/phrases.ts'
import { foldAscii } from '../../extract/text/normalize.ts'

// classify() reads only each class's first match, leads() only the start of the text: both
// must give what the list of every match gives.
const headings = Object.values(COLUMN_HEADINGS).flat() as string[]
const labels = Object.values(FOLLOWER_LABELS).flat() as string[]
const bare = foldAscii // typed without diacritics
const texts = [...headings, ...labels].flatMap((p, i, all) => {
  const q = all[(i * 7 + 3) % all.length]
  return [p, p.toUpperCase(), bare(p), `${p} ${q}`, `${q} ${p}`, `1. ${p}: ${q}`, `${p}/${q} (%)`, `xx${p}`, `Về ${p.toLowerCase()} và ${q}`,
    `${p.replace(/[áàảãạ]/u, 'à')} ${q}`, `   ${p}`]
}).concat(['', '12,5', '3/5', 'Nguyễn Văn A', 'Phòng Tư pháp huyện', '1.1.3', 'x'])

describe('lexicon: classes of phrases', () => {
  for (const [name, table] of [['column headings', COLUMN_HEADINGS], ['follower labels', FOLLOWER_LABELS]] as const) {
    const classes = phraseClasses(table as Record<string, readonly string[]>)
    it(`classify is the first of all matches (${name})`, () => {
      expect(texts.map((t) => classes.classify(t))).toEqual(texts.map((t) => classes.all(t)[0] ?? null))
    })
    it(`leads is classify where it opens the text (${name})`, () => {
      expect(texts.map((t) => classes.leads(t))).toEqual(texts.map((t) => { const c = classes.classify(t); return c && c.index === 0 ? c : null }))
    })
  }
  it('a phrase listed in two classes is the first class\'s', () => {
    const twice = phraseClasses({ a: ['tổng điểm'], b: ['điểm', 'tổng điểm'], c: ['tổng điểm tối đa'] })
    for (const t of ['Tổng điểm', 'tong diem', 'Điểm tổng điểm', 'Tổng điểm tối đa']) {
      expect(twice.classify(t)).toEqual(twice.all(t)[0])
      expect(twice.leads(t)).toEqual(twice.all(t)[0].index === 0 ? twice.all(t)[0] : null)
    }
    expect(twice.classify('Tổng điểm')?.cls).toBe('a')
  })
})
