import { provinceIn } from './agency.ts'

// Without the official header (plain transcriptions), the issuer names itself in the body:
// "Sở Ngoại vụ xây dựng Kế hoạch …", "Văn phòng - Thanh tra Sở báo cáo việc …".
const AGENCY = String.raw`(?:Sở|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Phòng|Văn phòng|Ban|Trung tâm|Chi cục|Cục|Bộ|Thanh tra|Hội đồng nhân dân|Đài|Trường|Bệnh viện)`
const BODY_ISSUER_RE = new RegExp(String.raw`(?:^|[,.;:]\s+|\n)(${AGENCY}(?:\s+[\p{L}\-–&]+){0,9}?)\s+(?:xây dựng|ban hành|báo cáo|lập|tổ chức xây dựng)\s`, 'u')

export function issuerFromBody(text: string): { name: string; index: number } | null {
  const m = BODY_ISSUER_RE.exec(text)
  if (!m) return null
  const name = m[1].trim()
  return { name, index: m.index + m[0].indexOf(name) }
}

// Every province the text names as "tỉnh X", in order.
export function provinceMentions(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/(?:tỉnh|Tỉnh|TỈNH)\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3}/gu)) {
    const p = provinceIn(m[0])
    if (p) out.push(p)
  }
  return out
}

// The province most often named as "tỉnh X" in the body.
export function provinceFromBody(text: string): string | null {
  const votes = new Map<string, number>()
  for (const p of provinceMentions(text)) votes.set(p, (votes.get(p) ?? 0) + 1)
  let best: string | null = null
  for (const [p, n] of votes) if (best === null || n > votes.get(best)!) best = p
  return best
}
