import { CONCEPTS } from './catalogue.ts'
import { OWNERS_HUYEN, OWNERS_SO } from './catalogue-text.ts'
import { dateWords, heading, para } from './compose-common.ts'
import type { PlanInput } from './compose-plan.ts'
import type { Block } from './types.ts'

// The landscape task table some plans append (cf. samples/kh-119-…): every row cites a
// criterion — the ones that lost points and a few that did not — with owner, expected result
// and deadline. Citations here are tasks, not deficiencies.

const RESULTS = ['Kế hoạch, báo cáo', 'Tài liệu kiểm chứng đầy đủ', 'Văn bản triển khai thực hiện', 'Báo cáo kết quả thực hiện']

export function planAppendix(inp: PlanInput): Block[] {
  const { agency: a, plan, rng, number, date } = inp
  const lost = new Set(plan.findings.map((f) => f.conceptId))
  const kept = rng.sample(CONCEPTS.filter((c) => c[plan.scheme] && !lost.has(c.id)), rng.int(2, 4))
  const cited = [...plan.findings.map((f) => [f.code, f.title] as const), ...kept.map((c) => [c[plan.scheme]![0], c[plan.scheme]![1]] as const)]
  const owners = a.type === 'so' ? OWNERS_SO : OWNERS_HUYEN
  const rows = cited.map(([code, title], i) => [
    [String(i + 1)],
    [`TCTP ${code} ${title}`],
    [rng.pick(owners)],
    [rng.pick(RESULTS)],
    ['Thực hiện đầy đủ, đúng thời gian quy định; lưu trữ tài liệu kiểm chứng'],
    [rng.pick(['Thường xuyên', `Trước ngày 01/12/${plan.year + 1}`, `Quý IV/${plan.year + 1}`])],
  ])
  return [
    { t: 'landscape' },
    heading('BẢNG TIÊU CHÍ KÈM NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ TRONG VIỆC NÂNG CAO CHỈ SỐ CCHC', 2, false, true),
    para(`(Kèm theo Kế hoạch số ${number} ${dateWords(date, false)})`, { center: true, italic: true }),
    { t: 'table', widths: [5, 35, 16, 14, 18, 12], head: [['STT', 'TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN', 'CƠ QUAN THỰC HIỆN', 'KẾT QUẢ', 'YÊU CẦU', 'THỜI GIAN HOÀN THÀNH']], rows },
  ]
}
