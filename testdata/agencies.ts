import type { AgencyType } from './catalogue.ts'
import { createRng, type Rng } from './prng.ts'

// Issuing agencies: provincial departments (Sở) under "UBND TỈNH <PROVINCE>" and district
// People's Committees ("ỦY BAN NHÂN DÂN / HUYỆN <NAME>"). An agency keeps its identity,
// its leaders and its numbering habits across all years.

export interface Agency {
  key: string // stable slug, e.g. "sngv-quangtri"
  type: AgencyType
  name: string // "Sở Ngoại vụ" | "Ủy ban nhân dân huyện Tịnh Biên"
  short: string // how the body text names it: "Sở Ngoại vụ", "UBND huyện Tịnh Biên"
  headerLines: readonly string[] // upper-case header lines: parent (departments only) then agency
  province: string
  code: string // issuer code in the document number: SNgV, STP, UBND
  place: string // place in the date line
  head: string // the leader's name
  deputy: string
  memberNoun: string // "Sở" | "Huyện" as the subject of "… đạt a/b điểm"
}

interface Dept { name: string; code: string; slug: string }
interface Province { name: string; slug: string; districts: readonly string[] }

export const DEPARTMENTS: readonly Dept[] = [
  { name: 'Sở Nội vụ', code: 'SNV', slug: 'snv' },
  { name: 'Sở Tư pháp', code: 'STP', slug: 'stp' },
  { name: 'Sở Ngoại vụ', code: 'SNgV', slug: 'sngv' },
  { name: 'Sở Tài chính', code: 'STC', slug: 'stc' },
  { name: 'Sở Kế hoạch và Đầu tư', code: 'SKHĐT', slug: 'skhdt' },
  { name: 'Sở Thông tin và Truyền thông', code: 'STTTT', slug: 'stttt' },
  { name: 'Sở Xây dựng', code: 'SXD', slug: 'sxd' },
  { name: 'Sở Y tế', code: 'SYT', slug: 'syt' },
  { name: 'Sở Công Thương', code: 'SCT', slug: 'sct' },
  { name: 'Sở Giáo dục và Đào tạo', code: 'SGDĐT', slug: 'sgddt' },
]

export const PROVINCES: readonly Province[] = [
  { name: 'Quảng Trị', slug: 'quangtri', districts: ['Hải Lăng', 'Triệu Phong', 'Gio Linh', 'Vĩnh Linh', 'Cam Lộ', 'Hướng Hóa'] },
  { name: 'Hà Tĩnh', slug: 'hatinh', districts: ['Can Lộc', 'Thạch Hà', 'Cẩm Xuyên', 'Hương Sơn', 'Đức Thọ', 'Nghi Xuân'] },
  { name: 'An Giang', slug: 'angiang', districts: ['Tịnh Biên', 'Tri Tôn', 'Thoại Sơn', 'Châu Phú', 'Phú Tân', 'Chợ Mới'] },
  { name: 'Thừa Thiên Huế', slug: 'hue', districts: ['Phong Điền', 'Quảng Điền', 'Phú Vang', 'Phú Lộc', 'Nam Đông', 'A Lưới'] },
  { name: 'Quảng Ngãi', slug: 'quangngai', districts: ['Bình Sơn', 'Sơn Tịnh', 'Tư Nghĩa', 'Nghĩa Hành', 'Mộ Đức', 'Ba Tơ'] },
]

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương']
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thành', 'Hữu', 'Minh', 'Quốc', 'Thị Khánh', 'Ngọc', 'Xuân']
const GIVEN = ['Quân', 'Cẩm', 'Hùng', 'Lan', 'Dũng', 'Hoa', 'Tuấn', 'Hương', 'Sơn', 'Thảo', 'Bình', 'Thắng', 'Nga', 'Phước']

export const personName = (rng: Rng): string => `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`

const slugOf = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '')

export const upper = (s: string): string => s.toLocaleUpperCase('vi')

function makeDept(p: Province, d: Dept, rng: Rng): Agency {
  return {
    key: `${d.slug}-${p.slug}`, type: 'so', name: d.name, short: d.name, province: p.name, code: d.code, place: p.name,
    headerLines: [`UBND TỈNH ${upper(p.name)}`, upper(d.name)], head: personName(rng), deputy: personName(rng), memberNoun: 'Sở',
  }
}

function makeDistrict(p: Province, district: string, rng: Rng): Agency {
  return {
    key: `ubnd-${slugOf(district)}-${p.slug}`, type: 'huyen', name: `Ủy ban nhân dân huyện ${district}`,
    short: `UBND huyện ${district}`, province: p.name, code: 'UBND', place: district,
    headerLines: ['ỦY BAN NHÂN DÂN', `HUYỆN ${upper(district)}`], head: personName(rng), deputy: personName(rng), memberNoun: 'Huyện',
  }
}

// n agencies, alternating departments and districts and rotating over the first three
// provinces (then the others once those run out). Which department or district a slot gets
// depends on the seed.
export function pickAgencies(seed: number, n: number): Agency[] {
  const rng = createRng(seed, 'agencies')
  const pools = PROVINCES.map((p) => ({
    p, depts: rng.shuffle(DEPARTMENTS), districts: rng.shuffle(p.districts),
  }))
  const capacity = PROVINCES.length * (DEPARTMENTS.length + 6)
  if (n > capacity) throw new Error(`at most ${capacity} agencies (asked for ${n})`)
  const out: Agency[] = []
  for (const group of [pools.slice(0, 3), pools.slice(3)]) {
    for (let i = 0; out.length < n && group.some((g) => g.depts.length || g.districts.length); i++) {
      const pool = group[i % group.length]
      const agencyRng = createRng(seed, 'person', out.length)
      const wantDept = (i % group.length + Math.floor(i / group.length)) % 2 === 0
      const dept = wantDept || !pool.districts.length ? pool.depts.shift() : undefined
      const district = dept ? undefined : pool.districts.shift()
      if (dept) out.push(makeDept(pool.p, dept, agencyRng))
      else if (district) out.push(makeDistrict(pool.p, district, agencyRng))
    }
  }
  return out
}
