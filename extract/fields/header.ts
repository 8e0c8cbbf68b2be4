import type { Kind } from '../../schemas/record.ts'
import type { Unit } from '../linearize.ts'
import { isUpperText } from '../text/normalize.ts'
import { agencyCase, canonicalProvince, provinceIn } from './agency.ts'
import { findDates, type ParsedDate } from './dates.ts'
import { kindOfTypeCode, parseNumberLine, type NumberMatch } from './doc-number.ts'

const KIND_WORDS: [RegExp, Kind][] = [
  [/^KẾ HOẠCH$/u, 'ke_hoach'], [/^BÁO CÁO$/u, 'bao_cao'], [/^QUYẾT ĐỊNH$/u, 'quyet_dinh'],
  [/^CÔNG VĂN$/u, 'cong_van'], [/^THÔNG BÁO$/u, 'thong_bao'], [/^TỜ TRÌNH$/u, 'to_trinh'],
  [/^NGHỊ QUYẾT$/u, 'nghi_quyet'], [/^CHỈ THỊ$/u, 'chi_thi'],
  [/^(?:CHƯƠNG TRÌNH|HƯỚNG DẪN|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|BIÊN BẢN|PHỤ LỤC)$/u, 'khac'],
]
const KIND_HEAD_RE = /^(KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|CÔNG VĂN|THÔNG BÁO|TỜ TRÌNH|NGHỊ QUYẾT|CHỈ THỊ|CHƯƠNG TRÌNH|HƯỚNG DẪN)(?![\p{L}])\s*(.*)$/su
// The national motto's two lines, as they open the right column of the official header.
export const MOTTO_LINE_RE = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do/iu
// …and the rule drawn under it
const MOTTO_RE = new RegExp(String.raw`${MOTTO_LINE_RE.source}|^[-_–—=.\s]+$`, 'iu')
const UNIT_START_RE = /^(HUYỆN|TỈNH|THÀNH PHỐ|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)(?=\s|$)/u
const BODY_START_RE = /^(Căn cứ|Thực hiện|Kính gửi|Qua|Theo|Nhằm|Trên cơ sở|Để|Ngày|[IVX]+\.|\d+\.)/u
const PLACE_RE = /((?:[\p{Lu}][\p{L}\p{M}]*\.?\s+(?:-\s+)?)*[\p{Lu}][\p{L}\p{M}]*)\s*,\s*ngày\b/u

export interface Header {
  kind: Kind | null
  kindUnit: Unit | null
  number: (NumberMatch & { unit: Unit }) | null
  place: { value: string; unit: Unit; offset: number } | null
  date: (ParsedDate & { unit: Unit }) | null
  issuer: { name: string; parent: string | null; unit: Unit } | null
  province: string | null
  title: { value: string; units: Unit[] } | null
  bodyStart: number // index of the first body unit
}

function findKind(units: readonly Unit[], limit: number): { kind: Kind; unit: Unit; rest: string } | null {
  for (const u of units.slice(0, limit)) {
    if (u.layout || !u.text) continue
    const upper = u.text.replace(/\s+/g, ' ').trim()
    for (const [re, kind] of KIND_WORDS) if (re.test(upper)) return { kind, unit: u, rest: '' }
    const m = KIND_HEAD_RE.exec(upper)
    if (m && m[2] && !isUpperText(m[2]) && u.index < limit) return { kind: KIND_WORDS.find(([re]) => re.test(m[1]))![1], unit: u, rest: m[2] }
  }
  return null
}

// A header cell often holds its lines in one paragraph ("UBND TỈNH BÌNH ĐỊNH↵SỞ TƯ PHÁP↵____"):
// each line is read on its own.
function agencyLines(zone: readonly Unit[], numberUnit: Unit | null, kindUnit: Unit | null): Unit[] {
  const stop = Math.min(numberUnit ? numberUnit.index : Infinity, kindUnit ? kindUnit.index : Infinity)
  return zone.filter((u) => u.index < stop && u.text && (u.cell === null || u.cell.col === 0))
    .flatMap((u) => u.text.split('\n').map((text) => ({ ...u, text: text.trim() })))
    .filter((u) => u.text && !MOTTO_RE.test(u.text) && isUpperText(u.text) && !/^Số(?![\p{L}])/u.test(u.text) && u.text.length <= 90)
}

// Web-page text flattens the two-column header into one line: "UBND TỈNH QUẢNG NAM SỞ NỘI VỤ
// CỘNG HÒA XÃ HỘI …"; a header set with tab stops puts each left line before the right one on
// the same line ("UBND TỈNH … CỘNG HÒA …", "SỞ NỘI VỤ Độc lập - …"). The caps text before the
// motto's lines holds the agencies; split it at agency words.
const AGENCY_SPLIT_RE = /(?<![-–]|ỦY|UỶ)\s+(?=(?:SỞ|PHÒNG|VĂN PHÒNG|BAN|TRUNG TÂM|CHI CỤC|CỤC|ỦY BAN NHÂN DÂN|UBND)\s)/gu
function flattenedAgencies(zone: readonly Unit[]): Unit[] {
  const out: Unit[] = []
  for (const u of zone) {
    const at = u.text.search(MOTTO_LINE_RE)
    const prefix = at > 0 ? u.text.slice(0, at).trim() : ''
    if (!prefix || !isUpperText(prefix)) continue
    out.push(...prefix.split(AGENCY_SPLIT_RE).filter(Boolean).map((text) => ({ ...u, text })))
  }
  return out
}

function combineAgency(lines: Unit[]): Header['issuer'] {
  if (lines.length === 0) return null
  const names: { text: string; unit: Unit }[] = []
  for (const u of lines) {
    const t = u.text.replace(/\n/g, ' ')
    const prev = names[names.length - 1]
    // "ỦY BAN NHÂN DÂN" / "HUYỆN TỊNH BIÊN" are one name broken over two lines
    if (prev && UNIT_START_RE.test(t) && /(ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)$/u.test(prev.text)) prev.text += ` ${t}`
    else names.push({ text: t, unit: u })
  }
  const last = names[names.length - 1]
  const parent = names.length > 1 ? agencyCase(names[names.length - 2].text) : null
  return { name: agencyCase(last.text), parent, unit: last.unit }
}

function findTitle(units: readonly Unit[], kindUnit: Unit, rest: string): Header['title'] {
  const parts: string[] = rest ? [rest] : []
  const used: Unit[] = rest ? [kindUnit] : []
  for (let i = kindUnit.index + 1; i < units.length && used.length < 4; i++) {
    const u = units[i]
    if (!u.text) continue
    if (u.layout) break
    const first = parts.length === 0
    // a title goes on in lower case, or (a PDF's lines of one bold title) in the same bold face
    const cont = /^[\p{Ll}\d(]/u.test(u.text) || (used.length > 0 && used[used.length - 1].bold && u.bold && u.kind === used[used.length - 1].kind)
    if (!first && (!cont || BODY_START_RE.test(u.text) || u.text.length > 250)) break
    if (first && (u.text.length > 400 || /^(Kính gửi)/u.test(u.text))) break
    parts.push(u.text.replace(/\s*\n\s*/g, ' '))
    used.push(u)
  }
  if (!parts.length) return null
  return { value: parts.join(' ').replace(/\s+/g, ' ').replace(/^V\/v\s*/iu, '').trim(), units: used }
}

export function extractHeader(units: readonly Unit[]): Header {
  const firstBody = units.findIndex((u) => !u.layout && u.text.length > 300)
  const limit = Math.min(units.length, 40, firstBody > 0 ? firstBody + 1 : 40)
  const k = findKind(units, limit)
  const zoneEnd = k ? k.unit.index : Math.min(limit, 12)
  const zone = units.slice(0, zoneEnd + 1).filter((u) => u.index <= zoneEnd)

  let number: Header['number'] = null
  for (const u of zone) {
    const n = parseNumberLine(u.text)
    if (n) { number = { ...n, index: n.lineIndex, unit: u }; break }
  }
  let place: Header['place'] = null
  let date: Header['date'] = null
  for (const u of zone) {
    const d = findDates(u.text)[0]
    if (!d || u.text.length > 160) continue
    date = { ...d, unit: u }
    const head = u.text.slice(0, d.index + 6)
    const numberEnd = number && number.unit === u ? number.index + number.length : 0
    const pm = PLACE_RE.exec(head.slice(numberEnd))
    if (pm) place = { value: pm[1].trim(), unit: u, offset: numberEnd + pm.index }
    break
  }
  if (!k && !number && !zone.some((u) => MOTTO_LINE_RE.test(u.text))) {
    const article = articleHeader(units, zone)
    if (article) return article
  }
  const lines = agencyLines(zone, number?.unit ?? null, k?.unit ?? null)
  const issuer = combineAgency(lines.length ? lines : flattenedAgencies(zone))
  const province = (issuer?.parent && provinceIn(issuer.parent)) || (issuer && provinceIn(issuer.name))
    || (place && canonicalProvince(place.value)) || null
  const title = k ? findTitle(units, k.unit, k.rest) : null
  // An official letter has no type code in its number ("323/SNgV-VP") and a "V/v" subject line.
  const isLetter = number !== null && number.seq !== null && number.typeCode === null && number.issuerCode !== null
  const kind = k?.kind ?? kindOfTypeCode(number?.typeCode ?? null) ?? (isLetter || zone.some((u) => /^V\/v\b/iu.test(u.text)) ? 'cong_van' : null)
  const lastHeaderUnit = title?.units[title.units.length - 1] ?? k?.unit ?? zone[zone.length - 1]
  return {
    kind, kindUnit: k?.unit ?? null, number, place, date, issuer, province, title,
    bodyStart: lastHeaderUnit ? lastHeaderUnit.index + 1 : 0,
  }
}

// An article (a news item copied from a portal): no official header, a headline, then a dated
// line ("Thứ Hai, 14/03/2016 - 15:20"). The portal's name above it is not an issuer, but says
// which province's portal it is.
const DATE_LINE_MAX = 60
function articleHeader(units: readonly Unit[], zone: readonly Unit[]): Header | null {
  const dated = zone.find((u) => !u.layout && u.text.length <= DATE_LINE_MAX && findDates(u.text).some((d) => d.iso))
  const heading = zone.find((u) => u.kind === 'heading' && u.text.length >= 15 && (!dated || u.index < dated.index))
  // the headline stands right above the dated line; a breadcrumb ("Trang chủ » Tin tức") or the
  // portal's name in capitals does not
  const before = dated ? zone.filter((u) => u.index < dated.index && u.text && !u.layout).pop() : undefined
  const headline = before && before.text.length >= 15 && !/[»›>]/u.test(before.text) && !isUpperText(before.text) ? before : undefined
  const titleUnit = headline ?? heading
  if (!titleUnit && !dated) return null
  const d = dated ? findDates(dated.text).find((x) => x.iso)! : null
  const province = zone.filter((u) => u.index < (titleUnit ?? dated)!.index && isUpperText(u.text)).map((u) => provinceIn(u.text)).find(Boolean) ?? null
  const last = Math.max(titleUnit?.index ?? -1, dated?.index ?? -1)
  return {
    kind: null, kindUnit: null, number: null, place: null, date: d && dated ? { ...d, unit: dated } : null, issuer: null, province,
    title: titleUnit ? { value: titleUnit.text.replace(/\s+/g, ' ').trim(), units: [titleUnit] } : null,
    bodyStart: last + 1,
  }
}
