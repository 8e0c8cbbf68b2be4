import type { Area } from './catalogue.ts'
import { GENERIC_REASONS, REASONS } from './catalogue-text.ts'
import type { Rng } from './prng.ts'
import type { Block, Run, TruthFinding } from './types.ts'

// How the lost points are written. Three house styles taken from the samples:
//   'list'   (huyện Tịnh Biên): "+ TCTP 1.5.3 (2đ): <title>" then "Do …. Mất 2 điểm."
//   'quoted' (Sở Ngoại vụ Huế): "- Lĩnh vực X: Sở đạt a/b điểm, bị trừ c điểm tại N TCTP:"
//            then "+ TCTP 2.2.5 “<title>”: Do …"
//   'scored' (Sở Ngoại vụ Hà Tĩnh): "- Tiêu chí 1.7: <title> đạt 0,5/2 điểm. Lý do: …"

export type Style = 'list' | 'quoted' | 'scored'
export const STYLES: readonly Style[] = ['list', 'quoted', 'scored']

export interface Fmt { sep: ',' | '.' }

export function num(n: number, fmt: Fmt, opts: { pad2?: boolean; zero?: boolean } = {}): string {
  let s = opts.pad2 ? n.toFixed(2) : String(Math.round(n * 100) / 100)
  if (opts.zero && /^\d$/.test(s)) s = `0${s}`
  return fmt.sep === ',' ? s.replace('.', ',') : s
}

export const cap = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1)

export function reasonFor(rng: Rng, f: TruthFinding): string {
  const own = REASONS[f.conceptId] ?? []
  return rng.chance(0.8) && own.length ? rng.pick(own) : rng.pick(GENERIC_REASONS)
}

export interface AreaGroup { area: Area; findings: TruthFinding[] }

export const groupByArea = (findings: readonly TruthFinding[], areaOf: (code: string) => Area): AreaGroup[] => {
  const groups: AreaGroup[] = []
  for (const f of findings) {
    const area = areaOf(f.code)
    const g = groups.find((x) => x.area.code === area.code)
    if (g) g.findings.push(f)
    else groups.push({ area, findings: [f] })
  }
  return groups
}

const sum = (fs: readonly TruthFinding[]) => fs.reduce((s, f) => s + f.deducted, 0)
const para = (runs: Run[] | string, extra: Partial<Extract<Block, { t: 'para' }>> = {}): Block =>
  ({ t: 'para', runs: typeof runs === 'string' ? [{ text: runs }] : runs, ...extra })

export interface StyleCtx { rng: Rng; fmt: Fmt; noun: string; appraiser: string; sectionNo: string; boldAreas: boolean }

function listStyle(g: AreaGroup, c: StyleCtx): Block[] {
  const { rng, fmt } = c
  const ded = sum(g.findings)
  const out: Block[] = [para([{ text: `${c.sectionNo}. ${g.area.title} (tổng điểm ${num(g.area.max, fmt)} điểm): ${c.appraiser} thẩm định ${num(g.area.max - ded, fmt)} điểm, mất ${num(ded, fmt)} điểm`, bold: c.boldAreas }])]
  for (const f of g.findings) {
    const reason = reasonFor(rng, f)
    const v = rng.int(0, 3)
    if (v === 3) {
      out.push(para(`+ TCTP ${f.code} (${num(f.max, fmt)}đ): ${f.title}: ${num(f.achieved, fmt, { zero: true })} điểm. Mất ${num(f.deducted, fmt, { zero: true })} điểm`))
      out.push(para(`${cap(reason)}.`))
      continue
    }
    out.push(para(`+ TCTP ${f.code} (${num(f.max, fmt)}đ): ${f.title}`))
    if (v === 0) out.push(para(`Do ${reason}. Mất ${num(f.deducted, fmt)} điểm.`))
    else if (v === 1) out.push(para(`Đạt ${num(f.achieved, fmt)} điểm. Mất ${num(f.deducted, fmt)} điểm. Do ${reason}.`))
    else out.push(para(`${cap(reason)}, bị trừ ${num(f.deducted, fmt)} điểm.`))
  }
  return out
}

function quotedStyle(g: AreaGroup, c: StyleCtx): Block[] {
  const { rng, fmt } = c
  const ded = sum(g.findings)
  const n = g.findings.length
  const lead: Run[] = [{ text: '- ' }, { text: `Lĩnh vực ${g.area.title}`, italic: true }]
  const score = `: ${c.noun} đạt ${num(g.area.max - ded, fmt)}/${num(g.area.max, fmt)} điểm, bị trừ ${num(ded, fmt)} điểm tại`
  if (n === 1 && rng.chance(0.5)) {
    const f = g.findings[0]
    return [para([...lead, { text: `${score} TCTP ${f.code} “${f.title}” do ${reasonFor(rng, f)}.` }])]
  }
  const out: Block[] = [para([...lead, { text: `${score} ${n === 1 ? rng.pick(['1', '01']) : n} TCTP:` }])]
  for (const f of g.findings) {
    const reason = reasonFor(rng, f)
    const d = num(f.deducted, fmt)
    if (n === 1) out.push(para(`+ TCTP ${f.code} “${f.title}”: Do ${reason}.`))
    else out.push(para(rng.pick([
      `+ TCTP ${f.code} “${f.title}”: Do ${reason}, bị trừ ${d} điểm.`,
      `+ TCTP ${f.code} “${f.title}” (bị trừ ${d} điểm): Do ${reason}.`,
      `+ TCTP ${f.code} “${f.title}”: Mất ${d} điểm do ${reason}.`,
    ])))
  }
  return out
}

export function scoredItem(rng: Rng, f: TruthFinding, docFmt: Fmt): string {
  const fmt: Fmt = rng.chance(0.3) ? { sep: docFmt.sep === ',' ? '.' : ',' } : docFmt
  const pad2 = rng.chance(0.4)
  const pair = `${num(f.achieved, fmt, { pad2 })}/${num(f.max, fmt, { pad2 })}`
  const reason = reasonFor(rng, f)
  return rng.chance(0.75)
    ? `- Tiêu chí ${f.code}: ${f.title} đạt ${pair} điểm. Lý do: ${cap(reason)}.`
    : `- Tiêu chí ${f.code} “${f.title}” đạt ${pair}. Lý do ${reason}.`
}

export function scoredAreaLine(g: AreaGroup, fmt: Fmt): string {
  const ded = sum(g.findings)
  const which = g.findings.length === 1 ? 'tiêu chí cụ thể sau' : 'các tiêu chí cụ thể sau'
  return `Tiêu chí ${g.area.code}: ${g.area.title}: Đoàn thẩm định đánh giá đạt ${num(g.area.max - ded, fmt, { pad2: true })}/${num(g.area.max, fmt, { pad2: true })} điểm. Bị trừ ${which}:`
}

function scoredStyle(g: AreaGroup, c: StyleCtx): Block[] {
  return [para(scoredAreaLine(g, c.fmt)), ...g.findings.map((f) => para(scoredItem(c.rng, f, c.fmt)))]
}

export function findingBlocks(style: Style, g: AreaGroup, c: StyleCtx): Block[] {
  return style === 'list' ? listStyle(g, c) : style === 'quoted' ? quotedStyle(g, c) : scoredStyle(g, c)
}
