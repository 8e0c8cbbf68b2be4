import { upper, type Agency } from './agencies.ts'
import { AREAS, areaOf } from './catalogue.ts'
import { GENERIC_SOLUTIONS, OWNERS_HUYEN, OWNERS_SO, SOLUTIONS } from './catalogue-text.ts'
import { closingBlock, dateWords, headerBlock, heading, para, type DocDate } from './compose-common.ts'
import { planAppendix } from './compose-plan-appendix.ts'
import { findingBlocks, groupByArea, num, STYLES, type Fmt, type Style } from './phrasing.ts'
import type { YearPlan } from './plan-truth.ts'
import type { Rng } from './prng.ts'
import type { Block, Composed } from './types.ts'

// A Kế hoạch issued in year Y+1 that reviews the PAR-index result of assessment year Y, lists
// the criteria that lost points and sets tasks (cf. samples/kh-1073-…, samples/kh-119-…).

export interface PlanInput { agency: Agency; plan: YearPlan; number: string; date: DocDate; rng: Rng }

const GROUP = { so: 'Sở, ban, ngành cấp tỉnh', huyen: 'huyện, thị xã, thành phố' }

function title(rng: Rng, a: Agency, y: number): string {
  return rng.pick([
    `Nâng cao Chỉ số cải cách hành chính của ${a.short} năm ${y + 1}`,
    `Thực hiện các nhiệm vụ trong việc nâng cao chỉ số cải cách hành chính năm ${y + 1}`,
    `Khắc phục tồn tại, hạn chế qua kết quả xác định Chỉ số cải cách hành chính năm ${y} của ${a.short}`,
  ])
}

function overallBlocks(inp: PlanInput, fmt: Fmt): Block[] {
  const { agency: a, plan, rng } = inp
  const o = plan.overall
  const group = GROUP[a.type]
  const pair = `${num(o.achieved, fmt)}/${num(o.max, fmt)}`
  const sentence = rng.pick([
    `- Kết quả chỉ số CCHC năm ${plan.year} của ${a.short} đạt ${pair} điểm (tương ứng ${num(o.percent, fmt)}%), xếp vị thứ ${o.rank}/${o.rankOf} ${group}.`,
    `- Chỉ số cải cách hành chính năm ${plan.year} của ${a.short} đạt ${pair} điểm (tương ứng ${num(o.percent, fmt)}%), xếp vị thứ ${o.rank}/${o.rankOf} ${group}.`,
  ])
  const out = [para(sentence)]
  if (plan.scheme === 'so') {
    const part1 = AREAS.so[0].max - plan.findings.filter((f) => f.code.startsWith('1.')).reduce((s, f) => s + f.deducted, 0)
    const part2 = o.achieved - part1
    out.push(para(`Trong đó: Phần Công tác chỉ đạo, điều hành; thông tin, tuyên truyền và kiểm tra CCHC đạt được ${num(part1, fmt)}/${AREAS.so[0].max} điểm; Phần Kết quả thực hiện các nội dung cụ thể của công tác CCHC đạt được ${num(part2, fmt)}/${o.max - AREAS.so[0].max} điểm.`))
  }
  return out
}

function deficitBlocks(inp: PlanInput, style: Style, fmt: Fmt, styled: boolean): Block[] {
  const { agency: a, plan, rng } = inp
  const appraiser = a.type === 'huyen' ? 'Sở Nội vụ' : a.code === 'SNV' ? 'Hội đồng thẩm định tỉnh' : rng.pick(['Sở Nội vụ', 'Hội đồng thẩm định tỉnh'])
  const boldAreas = rng.chance(0.5)
  const groups = groupByArea(plan.findings, (code) => areaOf(plan.scheme, code))
  const out: Block[] = [heading(rng.pick(['2. Những điểm yếu', '2. Những tồn tại, hạn chế',
    '2. Những tiêu chí (TC), tiêu chí thành phần (TCTP) không đạt điểm tối đa']), 2, styled)]
  if (style === 'quoted') out.push(para('Cụ thể các điểm bị trừ tại các lĩnh vực là:'))
  groups.forEach((g, i) => out.push(...findingBlocks(style, g, { rng, fmt, noun: a.memberNoun, appraiser, sectionNo: `2.${i + 1}`, boldAreas })))
  if (style === 'list') {
    const ded = plan.overall.max - plan.overall.achieved
    out.push(para(`Như vậy, tổng điểm tối đa đánh giá là ${num(plan.overall.max, fmt)} điểm, ${appraiser} thẩm định còn ${num(plan.overall.achieved, fmt)} điểm, mất ${num(ded, fmt)} điểm.`))
  }
  return out
}

function taskBlocks(inp: PlanInput, styled: boolean): Block[] {
  const { agency: a, plan, rng } = inp
  const owners = a.type === 'so' ? OWNERS_SO : OWNERS_HUYEN
  const citeCodes = rng.chance(0.5)
  const bullet = rng.chance(0.5)
  const out: Block[] = [
    heading(`II. NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ CCHC NĂM ${plan.year + 1}`, 1, styled),
    heading('1. Mục tiêu', 2, styled),
    para(`Phấn đấu duy trì và nâng cao vị thứ Chỉ số CCHC năm ${plan.year + 1} của ${a.short}, khắc phục dứt điểm các tồn tại đã được chỉ ra, không để bị trừ điểm lặp lại ở các tiêu chí đã bị trừ điểm năm ${plan.year}.`, { indent: true }),
    heading('2. Nhiệm vụ, giải pháp cụ thể', 2, styled),
  ]
  const generic = rng.shuffle(GENERIC_SOLUTIONS)
  for (const [i, f] of plan.findings.entries()) {
    if (!citeCodes && rng.chance(0.4)) continue
    const sol = SOLUTIONS[f.conceptId] ?? generic[i % generic.length]
    const lead = citeCodes ? `Đối với TCTP ${f.code}: ` : ''
    const deadline = rng.pick(['thường xuyên', `trước ngày 30/11/${plan.year + 1}`, `Quý IV năm ${plan.year + 1}`])
    const text = `${lead}${sol} (${rng.pick(owners)} chủ trì; thời hạn: ${deadline}).`
    out.push(bullet ? para(text, { bullet: true }) : para(`- ${text}`))
  }
  return out
}

export function composePlan(inp: PlanInput): Composed {
  const { agency: a, plan, rng } = inp
  const style = rng.pick(STYLES)
  const fmt: Fmt = { sep: rng.chance(0.6) ? ',' : '.' }
  const styled = rng.chance(0.5)
  const t = title(rng, a, plan.year)
  const ref = { n: rng.int(20, 300), d: { y: plan.year + 1, m: Math.max(1, inp.date.m - 1), d: rng.int(1, 28) } }
  const blocks: Block[] = [
    headerBlock(a, inp.number, inp.date, rng),
    heading('KẾ HOẠCH', 1, styled, true),
    heading(t, 2, styled, true),
    para(rng.chance(0.5)
      ? `Thực hiện Kế hoạch số ${ref.n}/KH-UBND ${dateWords(ref.d, false)} của UBND tỉnh ${a.province} về nâng cao Chỉ số cải cách hành chính của tỉnh năm ${plan.year + 1}, ${a.short} xây dựng Kế hoạch với những nội dung sau:`
      : `Qua kết quả xác định Chỉ số cải cách hành chính năm ${plan.year}, ${a.short} xếp hạng ${plan.overall.rank}/${plan.overall.rankOf} ${GROUP[a.type]}. ${a.name} xây dựng kế hoạch thực hiện các nhiệm vụ nhằm nâng cao chỉ số cải cách hành chính năm ${plan.year + 1} như sau:`, { indent: true }),
    heading(`I. ĐÁNH GIÁ KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (CCHC) CỦA ${upper(a.short)} NĂM ${plan.year}`, 1, styled),
    heading('1. Kết quả chung', 2, styled),
    ...overallBlocks(inp, fmt),
    ...deficitBlocks(inp, style, fmt, styled),
    ...taskBlocks(inp, styled),
    heading('III. TỔ CHỨC THỰC HIỆN', 1, styled),
    para(`Các phòng chuyên môn, đơn vị trực thuộc căn cứ chức năng, nhiệm vụ triển khai thực hiện Kế hoạch này; định kỳ báo cáo kết quả trước ngày 15/11/${plan.year + 1} (qua ${a.type === 'so' ? 'Văn phòng Sở' : 'Phòng Nội vụ'}) để tổng hợp.`, { indent: true }),
    para(`Trên đây là Kế hoạch ${t.charAt(0).toLocaleLowerCase('vi')}${t.slice(1)}, yêu cầu các phòng, đơn vị nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc kịp thời phản ánh để xem xét, giải quyết./.`, { indent: true }),
    closingBlock(a, rng),
  ]
  if (rng.chance(0.35)) blocks.push(...planAppendix(inp))
  return { blocks, title: t }
}
