import type { Agency } from './agencies.ts'
import { GENERIC_SOLUTIONS, SOLUTIONS } from './catalogue-text.ts'
import { closingBlock, dateWords, headerBlock, heading, para, shortDate, type DocDate } from './compose-common.ts'
import { num, reasonFor, scoredItem, type Fmt } from './phrasing.ts'
import type { YearPlan } from './plan-truth.ts'
import type { Rng } from './prng.ts'
import type { Block, Composed, RemediationStatus, TruthFinding } from './types.ts'

// A Báo cáo khắc phục issued late in year Y+1: how the criteria that lost points in year Y were
// remedied, as a landscape appendix table (cf. samples/bc-khacphuc-sngv-hatinh-2022).

export interface ReportInput {
  agency: Agency
  plan: YearPlan
  number: string
  date: DocDate
  planRef: { number: string; date: DocDate } | null
  rng: Rng
}

const QUARTERS = ['III', 'IV']

function progress(rng: Rng, f: TruthFinding, s: RemediationStatus): string {
  if (s === 'done') return rng.pick(['Đã hoàn thành', 'Đã hoàn thành; đã gửi tài liệu kiểm chứng về Sở Nội vụ', 'Đã khắc phục xong'])
  if (s === 'in_progress') return rng.pick(['Đang triển khai thực hiện', 'Đang phối hợp thực hiện, dự kiến hoàn thành trong Quý IV', 'Tiếp tục thực hiện'])
  if (f.conceptId === 'initiative') return 'Đã tuyên truyền, vận động khuyến khích CBCCVC viết sáng kiến CCHC nhưng đến thời điểm này chưa có sáng kiến'
  return rng.pick(['Chưa hoàn thành', 'Chưa thực hiện được do chưa bố trí được kinh phí', 'Chưa khắc phục được'])
}

function criterionCell(rng: Rng, f: TruthFinding, scheme: YearPlan['scheme'], fmt: Fmt): string[] {
  if (scheme === 'post') return [scoredItem(rng, f, fmt).replace(/^- /, '')]
  return [`TCTP ${f.code} “${f.title}”: đạt ${num(f.achieved, fmt)}/${num(f.max, fmt)} điểm.`, `Do ${reasonFor(rng, f)}.`]
}

export function composeReport(inp: ReportInput): Composed {
  const { agency: a, plan, rng } = inp
  const y = plan.year
  const fmt: Fmt = { sep: rng.chance(0.5) ? ',' : '.' }
  const styled = rng.chance(0.5)
  const notes = rng.chance(0.5)
  const t = `Kết quả khắc phục tồn tại, hạn chế qua kết quả thẩm định, xác định Chỉ số cải cách hành chính năm ${y}`
  const counts = { done: 0, in_progress: 0, not_done: 0 }
  for (const f of plan.findings) counts[plan.statuses.get(f.conceptId)!]++
  const planCite = inp.planRef ? `, Kế hoạch số ${inp.planRef.number} ngày ${shortDate(inp.planRef.date)} của ${a.short}` : ''
  const head = [['TT', 'Tồn tại, hạn chế, tiêu chí bị trừ điểm', 'Giải pháp khắc phục', 'Thời hạn hoàn thành', 'Tiến độ thực hiện', ...(notes ? ['Ghi chú'] : [])]]
  if (rng.chance(0.5)) head.push(head[0].map((_, i) => `(${i + 1})`))
  const generic = rng.shuffle(GENERIC_SOLUTIONS)
  const rows = plan.findings.map((f, i) => [
    [String(i + 1)],
    criterionCell(rng, f, plan.scheme, fmt),
    [SOLUTIONS[f.conceptId] ?? generic[i % generic.length]],
    [rng.pick(['Thường xuyên', `Quý ${rng.pick(QUARTERS)}/${y + 1}`, `Trước ngày 30/11/${y + 1}`])],
    [progress(rng, f, plan.statuses.get(f.conceptId)!)],
    ...(notes ? [[] as string[]] : []),
  ])
  const blocks: Block[] = [
    headerBlock(a, inp.number, inp.date, rng),
    heading('BÁO CÁO', 1, styled, true),
    heading(t, 2, styled, true),
    para(`Căn cứ kết quả thẩm định Chỉ số cải cách hành chính năm ${y} của UBND tỉnh ${a.province}${planCite}; ${a.short} báo cáo kết quả khắc phục các tồn tại, hạn chế như sau:`, { indent: true }),
    heading('1. Kết quả khắc phục các tiêu chí bị trừ điểm', 2, styled),
    para(`Năm ${y}, ${a.short} bị trừ điểm tại ${plan.findings.length} tiêu chí, tiêu chí thành phần. Đến nay đã khắc phục xong ${counts.done} nội dung, ${counts.in_progress} nội dung đang triển khai thực hiện, ${counts.not_done} nội dung chưa khắc phục được (chi tiết tại Phụ lục kèm theo).`, { indent: true }),
    heading('2. Kiến nghị, đề xuất', 2, styled),
    para('- Đề nghị UBND tỉnh tiếp tục quan tâm hướng dẫn, tập huấn nghiệp vụ về công tác CCHC cho công chức làm công tác tham mưu.'),
    para('- Đề nghị Sở Nội vụ hướng dẫn cụ thể tài liệu kiểm chứng đối với các tiêu chí mới của Bộ tiêu chí.'),
    para(`Trên đây là báo cáo kết quả khắc phục tồn tại, hạn chế trong công tác CCHC năm ${y + 1} của ${a.short}./.`, { indent: true }),
    closingBlock(a, rng),
    { t: 'landscape' },
    heading('PHỤ LỤC', 2, false, true),
    para(`Kết quả khắc phục đối với các tồn tại, hạn chế và các tiêu chí bị trừ điểm trong đợt thẩm định Chỉ số CCHC năm ${y}`, { center: true }),
    para(`(Kèm theo Báo cáo số ${inp.number} ${dateWords(inp.date, false)} của ${a.short})`, { center: true, italic: true }),
    { t: 'table', widths: notes ? [5, 38, 24, 11, 16, 6] : [5, 40, 25, 12, 18], head, rows },
  ]
  return { blocks, title: t }
}
