import type { Linear, Unit } from '../linearize.ts'
import { isUpperText } from '../text/normalize.ts'

// The closing block: "Nơi nhận:" with its recipient list, and the signature
// (authority line "KT./TL./TM./Q. …", position, "(đã ký)", name). Layout tables put them side
// by side; transcriptions put them one after the other.

const RECIPIENTS_RE = /^\s*N[ơo]i\s+nh[ậa]n\s*:?\s*/iu
const SIGNED_RE = /^\(?\s*(?:đã ký|ký|ký tên[^)]*|ký,? ghi rõ họ tên[^)]*|đã ký và đóng dấu|signed)\s*\)?\.?$|^\[.*\]$|^\/?\.$|^\*+$/iu
const AUTHORITY_RE = /^(?:KT|TL|TM|Q|TUQ|TQ|K\/T|T\/M)\s*\.\s*\S|^(?:Ký thay|Thừa lệnh|Thay mặt|Thừa ủy quyền)\b/iu
const NAME_WORD = /^[\p{Lu}][\p{Ll}\p{M}]*$/u

export interface Closing {
  recipients: { value: string; unit: Unit }[]
  signer: { name: string | null; position: string | null; authority: string | null; units: Unit[] } | null
}

const cleanRecipient = (s: string) => s.replace(/^[-+•·*–]\s*/u, '').replace(/\s*[;,]+\s*$/u, '')
  .replace(/(?<!(?:^|[\s,])\p{Lu})\.$/u, '').trim()

export function looksLikeName(s: string): boolean {
  const words = s.trim().split(/\s+/)
  if (words.length < 2 || words.length > 6 || /\d/.test(s)) return false
  if (isUpperText(s)) return words.length <= 5 && !POSITION_WORD_RE.test(s)
  return words.every((w) => NAME_WORD.test(w))
}
const POSITION_WORD_RE = /(GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|CHÁNH|PHÓ|BÍ THƯ|ỦY BAN|UBND|SỞ|PHÒNG|BAN|THƯ KÝ|PHỤ TRÁCH|THỦ TRƯỞNG|TỔNG|KẾ TOÁN)/u

function recipientUnits(lin: Linear, at: Unit): Unit[] {
  if (at.cell) {
    const cell = lin.tables[at.cell.table].rows[at.cell.row].cells[at.cell.col]
    return cell.units.filter((u) => u.index > at.index && u.text)
  }
  const out: Unit[] = []
  for (let i = at.index + 1; i < lin.units.length; i++) {
    const u = lin.units[i]
    if (!u.text) continue
    if (u.kind === 'list_item' || /^[-+•·–]\s*\S/u.test(u.text)) out.push(u)
    else break
  }
  return out
}

function signatureUnits(lin: Linear, at: Unit, after: Unit | undefined): Unit[] {
  if (at.cell) {
    const row = lin.tables[at.cell.table].rows[at.cell.row]
    const others = row.cells.filter((_, c) => c !== at.cell!.col).flatMap((c) => c.units)
    const next = lin.tables[at.cell.table].rows[at.cell.row + 1]
    return [...others, ...(next ? next.cells.flatMap((c) => c.units) : [])].filter((u) => u.text)
  }
  const start = (after ?? at).index + 1
  const out: Unit[] = []
  for (let i = start; i < lin.units.length && out.length < 6; i++) {
    const u = lin.units[i]
    if (!u.text) continue
    if (u.text.length > 80 || (u.kind === 'heading' && out.length > 0 && !isUpperText(u.text))) break
    out.push(u)
    if (looksLikeName(u.text.split('\n').pop() ?? '') && out.length > 1) break
  }
  return out
}

// A signature cell whose lines a text rendition ran together ("GIÁM ĐỐC Nguyễn Đình Thơ",
// "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký) Phạm Văn Lợi"): the capitals, then the name.
function splitRunTogether(t: string): string[] {
  if (isUpperText(t) || looksLikeName(t)) return [t]
  const words = t.replace(/\(\s*(?:đã\s+)?ký[^)]*\)/iu, ' ').trim().split(/\s+/)
  // the longest name that reads as one ("Y Thuận Mlô", not "Thuận Mlô")
  for (let k = 1; k <= words.length - 2; k++) {
    const [role, name] = [words.slice(0, k).join(' '), words.slice(k).join(' ')]
    if (isUpperText(role) && /\p{Lu}{2}/u.test(role) && looksLikeName(name) && !isUpperText(name)) return [role, name]
  }
  return [t]
}

export function parseSignature(units: Unit[]): Closing['signer'] {
  const lines = units.flatMap((u) => u.text.split('\n').flatMap((t) => splitRunTogether(t.replace(/[*_]/g, '').trim()).map((x) => ({ t: x, u }))))
    .filter(({ t }) => t && !SIGNED_RE.test(t))
  const nameIdx = lines.map((l) => looksLikeName(l.t)).lastIndexOf(true)
  const name = nameIdx >= 0 ? lines[nameIdx].t : null
  const roles = lines.slice(0, nameIdx >= 0 ? nameIdx : lines.length).map((l) => l.t).filter((t) => isUpperText(t))
  if (!name && roles.length === 0) return null
  let authority: string | null = null
  let position: string | null = null
  if (roles.length >= 2 && AUTHORITY_RE.test(roles[0])) { authority = roles[0]; position = roles[roles.length - 1] }
  else if (roles.length >= 1) {
    const only = roles[roles.length - 1]
    const split = AUTHORITY_RE.test(only) ? /^(.*?\S)\s+((?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|TRƯỞNG PHÒNG|TRƯỞNG BAN|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VỤ TRƯỞNG|VIỆN TRƯỞNG|THỨ TRƯỞNG)(?:\s+PHỤ TRÁCH)?)$/u.exec(only) : null
    if (split && AUTHORITY_RE.test(split[1])) { authority = split[1]; position = split[2] } else position = only
  }
  return { name, position, authority, units: [...new Set((nameIdx >= 0 ? lines.slice(0, nameIdx + 1) : lines).map((l) => l.u))] }
}

export function extractClosing(lin: Linear, bodyStart: number): Closing {
  const anchors = lin.units.filter((u) => u.index >= bodyStart && RECIPIENTS_RE.test(u.text))
  const at = anchors[0]
  if (!at) return { recipients: [], signer: findLooseSignature(lin, bodyStart) }
  const inline = at.text.replace(RECIPIENTS_RE, '')
  const recipients: Closing['recipients'] = []
  const listed = recipientUnits(lin, at)
  // One recipient a line; a ";" inside a line ("TT. Thị ủy; TT. HĐND thị xã") separates two only
  // before a bullet, or where the whole list was typed on the "Nơi nhận:" line.
  const runOn = listed.length === 0 && !inline.includes('\n')
  const add = (text: string, unit: Unit) => {
    for (const part of text.split(runOn ? /\n|;\s*(?=[-+•]?\s*\p{Lu})/u : /\n|;\s*(?=[-+•]\s*\p{Lu})/u)) {
      const v = cleanRecipient(part)
      if (v) recipients.push({ value: v, unit })
    }
  }
  if (inline.trim()) add(inline, at)
  for (const u of listed) add(u.text, u)
  return { recipients, signer: parseSignature(signatureUnits(lin, at, listed[listed.length - 1])) }
}

// Without "Nơi nhận": the first all-caps position line followed closely by a name.
function findLooseSignature(lin: Linear, bodyStart: number): Closing['signer'] {
  const units = lin.units
  for (let i = bodyStart; i < units.length; i++) {
    const u = units[i]
    if (!u.text || u.text.length > 60 || !isUpperText(u.text) || !POSITION_WORD_RE.test(u.text)) continue
    const window = units.slice(i, i + 6).filter((x) => x.text)
    const nameAt = window.findIndex((x, k) => k > 0 && looksLikeName(x.text))
    if (nameAt > 0) return parseSignature(window.slice(0, nameAt + 1))
  }
  return null
}
