import { foldTone } from '../text/normalize.ts'

// Province-level units (before and after the 2025 merger); gazetteer knowledge of the genre.
export const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La',
  'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế', 'Tiền Giang', 'Hồ Chí Minh',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
]
const PROVINCE_BY_KEY = new Map(PROVINCES.map((p) => [foldTone(p).replace(/\s*-\s*/g, '-'), p]))

export function canonicalProvince(name: string): string | null {
  const key = foldTone(name).replace(/^(tỉnh|thành phố|tp\.?)\s+/, '').replace(/\s*-\s*/g, '-').trim()
  return PROVINCE_BY_KEY.get(key) ?? null
}

// "… TỈNH HÀ TĨNH", "UBND THÀNH PHỐ ĐÀ NẴNG", "tỉnh Quảng Ngãi" → the province named after the unit word.
export function provinceIn(text: string): string | null {
  const folded = foldTone(text)
  const m = /(?:tỉnh|thành phố|tp\.)\s+([\p{L} -]+)/u.exec(folded)
  if (!m) return null
  const words = m[1].trim().split(/\s+/)
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const p = canonicalProvince(words.slice(0, n).join(' '))
    if (p) return p
  }
  return null
}

const ACRONYMS = new Set(['UBND', 'HĐND', 'TTHC', 'CCHC', 'CNTT', 'KH&ĐT', 'MTTQ', 'LĐTB&XH', 'TN&MT', 'GTVT', 'VH-TT&DL', 'VHTTDL'])
const UNIT_WORDS = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$/
const TYPE_WORDS = new Set(['sở', 'phòng', 'ban', 'cục', 'chi cục', 'trung tâm', 'văn phòng', 'thanh tra', 'bộ', 'tổng cục', 'viện', 'vụ'])

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)

// "SỞ NGOẠI VỤ" → "Sở Ngoại vụ"; "ỦY BAN NHÂN DÂN HUYỆN TỊNH BIÊN" → "Ủy ban nhân dân huyện Tịnh Biên".
// Names already in mixed case are kept as written.
export function agencyCase(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim()
  const letters = trimmed.replace(/[^\p{L}]/gu, '')
  if (letters !== letters.toUpperCase()) return trimmed
  const words = trimmed.replace(/^ỦY BAN NHÂN DÂN\b/u, 'Ủy_ban_nhân_dân').split(' ')
  const out: string[] = []
  let place = false
  let capNext = true
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]
    if (raw === 'Ủy_ban_nhân_dân') { out.push('Ủy ban nhân dân'); capNext = false; continue }
    if (ACRONYMS.has(raw)) { out.push(raw); capNext = false; continue }
    const w = raw.toLowerCase()
    const two = i + 1 < words.length ? `${w} ${words[i + 1].toLowerCase()}` : ''
    if (!place && i > 0 && (UNIT_WORDS.test(two) || UNIT_WORDS.test(w))) {
      const unit = UNIT_WORDS.test(two) ? two : w
      out.push(unit)
      if (unit === two) i++
      place = true
      continue
    }
    if (w === '-') { out.push(w); capNext = true; continue }
    const typeWord = TYPE_WORDS.has(two) ? two : TYPE_WORDS.has(w) ? w : null
    if (typeWord === two) i++
    const word = typeWord ?? w
    out.push(place || capNext ? cap(word) : word)
    capNext = typeWord !== null && !place
  }
  return out.join(' ')
}
