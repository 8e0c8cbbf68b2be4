import type { Agency } from './agencies.ts'
import type { Rng } from './prng.ts'
import type { Block } from './types.ts'

// Pieces every document shares: the official header, dates, the closing "Nơi nhận:" + signer.

export interface DocDate { y: number; m: number; d: number }

export const isoDate = (t: DocDate): string =>
  `${t.y}-${String(t.m).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`

export const randomDate = (rng: Rng, y: number, fromMonth: number, toMonth: number): DocDate =>
  ({ y, m: rng.int(fromMonth, toMonth), d: rng.int(1, 28) })

export function dateWords(t: DocDate, pad: boolean): string {
  const p = (n: number) => (pad && n < 10 ? `0${n}` : String(n))
  return `ngày ${p(t.d)} tháng ${p(t.m)} năm ${t.y}`
}

export const shortDate = (t: DocDate): string => `${String(t.d).padStart(2, '0')}/${String(t.m).padStart(2, '0')}/${t.y}`

export function headerBlock(agency: Agency, number: string, date: DocDate, rng: Rng): Block {
  return {
    t: 'header',
    left: agency.headerLines,
    right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    number: rng.chance(0.15) ? `Số: ${number.replace('/', ' /')}` : `Số: ${number}`,
    placeDate: `${agency.place}, ${dateWords(date, rng.chance(0.4))}`,
  }
}

const RECIPIENTS_SO = ['UBND tỉnh (để b/c);', 'Sở Nội vụ;', 'Ban Giám đốc Sở;', 'Các phòng, đơn vị trực thuộc;', 'Lưu: VT, VP.']
const RECIPIENTS_HUYEN = ['Sở Nội vụ;', 'TT. Huyện ủy, TT. HĐND huyện;', 'CT, các PCT UBND huyện;', 'Các phòng chuyên môn;', 'UBND các xã, thị trấn;', 'Lưu: VT, NV.']

export function closingBlock(agency: Agency, rng: Rng): Block {
  const deputy = rng.chance(0.45)
  const lines = agency.type === 'so'
    ? (deputy ? ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'] : ['GIÁM ĐỐC'])
    : (deputy ? ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] : ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'])
  const all = agency.type === 'so' ? RECIPIENTS_SO : RECIPIENTS_HUYEN
  const recipients = all.filter((r, i) => i === 0 || r.startsWith('Lưu') || rng.chance(0.75))
  return { t: 'closing', recipients, signer: { lines, signed: rng.chance(0.4), name: deputy ? agency.deputy : agency.head } }
}

export const para = (text: string, extra: Partial<Extract<Block, { t: 'para' }>> = {}): Block =>
  ({ t: 'para', runs: [{ text }], ...extra })

export const heading = (text: string, level: 1 | 2 | 3, styled: boolean, center = false): Block =>
  ({ t: 'heading', text, level, styled, center })

export const ROMAN = ['I', 'II', 'III', 'IV', 'V']
