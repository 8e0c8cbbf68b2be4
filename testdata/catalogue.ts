// PAR-index criteria: one concept (a stable id) carries one code and title per scoring scheme.
// Before 2020 departments (Sở) and districts (huyện) were scored on different sets (the Sở set
// nests areas under Part II: 2.1 thể chế, 2.2 TTHC … 2.7 hiện đại hóa); from 2020 both use the
// new 7-area set, which renumbered most criteria: 1.5.3 → 1.7 (initiative), 1.4.1 → 1.6
// (propaganda), 1.3.3 → 1.5 (remediation), 7.1.5 → 7.1.2.2 (online services), ….

export type AgencyType = 'so' | 'huyen'
export type Scheme = 'so' | 'huyen' | 'post'
export type Crit = readonly [code: string, title: string, max: number]

export interface Concept {
  id: string
  so?: Crit
  huyen?: Crit
  post?: Crit
}

export interface Area { code: string; title: string; max: number }

export const FRAMEWORK_CHANGE_YEAR = 2020

export const schemeFor = (type: AgencyType, assessmentYear: number): Scheme =>
  assessmentYear >= FRAMEWORK_CHANGE_YEAR ? 'post' : type

export const AREAS: Readonly<Record<Scheme, readonly Area[]>> = {
  so: [
    { code: '1', title: 'Công tác chỉ đạo, điều hành; thông tin, tuyên truyền và kiểm tra CCHC', max: 22 },
    { code: '2.1', title: 'Cải cách thể chế', max: 4 },
    { code: '2.2', title: 'Cải cách thủ tục hành chính', max: 13 },
    { code: '2.3', title: 'Cải cách tổ chức bộ máy hành chính', max: 5 },
    { code: '2.4', title: 'Thực hiện cơ chế một cửa, một cửa liên thông', max: 20 },
    { code: '2.5', title: 'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', max: 9 },
    { code: '2.6', title: 'Cải cách tài chính công', max: 7 },
    { code: '2.7', title: 'Hiện đại hóa nền hành chính', max: 10 },
  ],
  huyen: [
    { code: '1', title: 'Công tác chỉ đạo điều hành', max: 14 },
    { code: '2', title: 'Cải cách thể chế', max: 8 },
    { code: '3', title: 'Cải cách thủ tục hành chính', max: 10 },
    { code: '4', title: 'Cải cách tổ chức bộ máy hành chính', max: 8 },
    { code: '5', title: 'Xây dựng và nâng cao chất lượng đội ngũ CBCCVC', max: 12 },
    { code: '6', title: 'Cải cách tài chính công', max: 8 },
    { code: '7', title: 'Hiện đại hóa nền hành chính', max: 10 },
  ],
  post: [
    { code: '1', title: 'Chỉ đạo, điều hành công tác cải cách hành chính', max: 11 },
    { code: '2', title: 'Cải cách thể chế', max: 10.25 },
    { code: '3', title: 'Cải cách thủ tục hành chính', max: 13.75 },
    { code: '4', title: 'Cải cách tổ chức bộ máy', max: 10 },
    { code: '5', title: 'Cải cách chế độ công vụ', max: 14 },
    { code: '6', title: 'Cải cách tài chính công', max: 9 },
    { code: '7', title: 'Xây dựng, phát triển chính quyền điện tử, chính quyền số', max: 12 },
  ],
}

const same = (code: string, title: string, max: number): Crit => [code, title, max]

export const CONCEPTS: readonly Concept[] = [
  { id: 'plan-annual', so: same('1.1.1', 'Kế hoạch CCHC năm và mức độ hoàn thành kế hoạch', 2), huyen: same('1.1.1', 'Kế hoạch cải cách hành chính (CCHC) năm và mức độ hoàn thành kế hoạch', 2), post: same('1.1', 'Kế hoạch cải cách hành chính năm', 1) },
  { id: 'task-completion', post: same('1.2', 'Mức độ hoàn thành nhiệm vụ CCHC trên các lĩnh vực/nội dung theo Bộ Tiêu chí', 1.5) },
  { id: 'report-periodic', so: same('1.2.2', 'Báo cáo cải cách hành chính định kỳ', 1), huyen: same('1.2.2', 'Báo cáo cải cách hành chính định kỳ (báo cáo bằng bản giấy hoặc gửi qua thư điện tử)', 1), post: same('1.3', 'Thực hiện chế độ báo cáo CCHC định kỳ', 1) },
  { id: 'inspection', so: same('1.3.1', 'Mức độ thực hiện kế hoạch kiểm tra', 1.5), huyen: same('1.3.1', 'Kiểm tra cải cách hành chính và mức độ thực hiện kế hoạch kiểm tra', 1.5), post: same('1.4', 'Kiểm tra công tác cải cách hành chính', 1) },
  { id: 'remediation', so: same('1.3.3', 'Xử lý các vấn đề phát hiện qua kiểm tra', 1), huyen: same('1.3.3', 'Xử lý các vấn đề phát hiện qua kiểm tra', 1), post: same('1.5', 'Kết quả khắc phục tồn tại hạn chế trong thực hiện CCHC do cấp trên chỉ ra sau các đợt kiểm tra', 1) },
  { id: 'propaganda', so: same('1.4.1', 'Ban hành kế hoạch tuyên truyền CCHC', 1), huyen: same('1.4.1', 'Ban hành kế hoạch tuyên truyền CCHC', 1), post: same('1.6', 'Công tác tuyên truyền CCHC', 1) },
  { id: 'initiative', so: same('1.5.3', 'Sáng kiến trong triển khai công tác CCHC được UBND tỉnh công nhận', 2), huyen: same('1.5.3', 'Sáng kiến trong triển khai công tác CCHC được UBND tỉnh công nhận', 2), post: same('1.7', 'Sáng kiến về công tác CCHC', 2) },
  { id: 'annual-review', so: same('1.6.2', 'Tổ chức tổng kết công tác CCHC hàng năm (Phải có BC tổng kết)', 1), huyen: same('1.6.2', 'Tổ chức tổng kết công tác CCHC hàng năm', 1) },
  { id: 'working-time', so: same('1.6.3', 'Cán bộ, công chức sử dụng hiệu quả thời giờ làm việc', 1), huyen: same('1.7.2', 'Cán bộ, công chức sử dụng hiệu quả thời giờ làm việc', 2) },
  { id: 'assigned-tasks', post: same('1.8', 'Thực hiện các nhiệm vụ được UBND tỉnh giao trong năm', 1) },
  { id: 'policy-advice', so: same('2.1.1', 'Tham mưu UBND tỉnh quy định cụ thể các cơ chế, chính sách theo phân cấp', 1) },
  { id: 'legal-process', so: same('2.1.2', 'Thực hiện quy trình xây dựng và ban hành VBQPPL', 1), huyen: same('2.1.2', 'Thực hiện quy trình xây dựng và ban hành VBQPPL', 2), post: same('2.1.4', 'Thực hiện quy trình xây dựng và ban hành VBQPPL', 1) },
  { id: 'legal-comment', post: same('2.1.5', 'Công tác tham gia góp ý các dự thảo văn bản được lấy ý kiến', 1) },
  { id: 'legal-review', so: same('2.1.3', 'Rà soát, hệ thống hóa VBQPPL', 1), huyen: same('2.2.1', 'Rà soát, hệ thống hóa VBQPPL', 1.5), post: same('2.2', 'Rà soát, hệ thống hóa văn bản QPPL', 1) },
  { id: 'law-monitoring', so: same('2.1.4', 'Theo dõi thi hành pháp luật', 1), huyen: same('2.3.1', 'Ban hành kế hoạch theo dõi thi hành pháp luật', 1), post: same('2.4', 'Theo dõi thi hành pháp luật', 1) },
  { id: 'tthc-publish', so: same('2.2.3', 'Kịp thời tham mưu Chủ tịch UBND tỉnh công bố các TTHC mới ban hành, sửa đổi, bổ sung hoặc bãi bỏ theo quy định', 1), huyen: same('3.2', 'Công bố, công khai TTHC', 1), post: same('3.2', 'Công khai thủ tục hành chính', 1) },
  { id: 'tthc-review', so: same('2.2.5', 'Rà soát, đánh giá, đề xuất sáng kiến cải cách các quy định, TTHC', 1.5), huyen: same('3.1.2', 'Rà soát, đánh giá, đề xuất sáng kiến cải cách các quy định, TTHC', 1.5), post: same('3.1.2', 'Thực hiện rà soát, đánh giá thủ tục hành chính', 1) },
  { id: 'tthc-simplify', so: same('2.2.6', 'Kết quả của các TTHC đã được đơn giản hóa hoặc kiến nghị đơn giản hóa trong năm', 1) },
  { id: 'feedback', so: same('2.2.9', 'Tiếp nhận phản ánh, kiến nghị đối với các quy định hành chính và TTHC thuộc thẩm quyền giải quyết của đơn vị', 1), huyen: same('3.3.1', 'Tiếp nhận, xử lý phản ánh, kiến nghị đối với các quy định hành chính', 1), post: same('3.4', 'Xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC', 1) },
  { id: 'onestop-room', so: same('2.4.3', 'Phòng làm việc của Bộ phận TN&TKQ', 1), huyen: same('3.4.2', 'Cơ sở vật chất của Bộ phận tiếp nhận và trả kết quả', 1), post: same('3.3.2', 'Phòng làm việc, cơ sở vật chất của Bộ phận Một cửa theo quy định', 1) },
  { id: 'onestop-tracking', so: same('2.4.11', 'Theo dõi việc tiếp nhận, giải quyết hồ sơ', 1) },
  { id: 'ontime-rate', so: same('2.4.9', 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn', 3), huyen: same('3.4.4', 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn', 2), post: same('3.3.3', 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn', 2) },
  { id: 'onestop-survey', so: same('2.4.12', 'Lấy ý kiến đánh giá của tổ chức, cá nhân về quá trình giải quyết TTHC đã được tiếp nhận', 1), huyen: same('3.4.5', 'Lấy ý kiến đánh giá của tổ chức, cá nhân về giải quyết TTHC', 1), post: same('3.3.4', 'Đánh giá chất lượng giải quyết TTHC theo quy định', 1) },
  { id: 'org-structure', so: same('2.3.2', 'Ban hành quyết định quy định về chức năng, nhiệm vụ, quyền hạn của các phòng, đơn vị trực thuộc', 1), huyen: same('4.1.1', 'Thực hiện quy định về chức năng, nhiệm vụ, quyền hạn của các cơ quan chuyên môn', 1), post: same('4.1.1', 'Cơ cấu tổ chức bộ máy của cơ quan, đơn vị và các đơn vị trực thuộc đảm bảo đúng quy định; được sắp xếp kịp thời', 2) },
  { id: 'coordination', so: same('2.3.5', 'Hoàn thiện cơ chế phối hợp', 1), huyen: same('4.2.2', 'Thực hiện quy chế phối hợp giữa các cơ quan chuyên môn', 1) },
  { id: 'staffing', so: same('2.3.4', 'Thực hiện quy định về quản lý biên chế', 1), huyen: same('4.2.1', 'Thực hiện quy định về quản lý biên chế', 1), post: same('4.2', 'Thực hiện quy định về sử dụng biên chế được cấp có thẩm quyền giao', 1.5) },
  { id: 'decentralization', post: same('4.3', 'Thực hiện phân cấp quản lý', 1) },
  { id: 'job-positions', so: same('2.5.1', 'Mức độ thực hiện cơ cấu công chức, viên chức theo vị trí việc làm được phê duyệt', 1), huyen: same('5.2', 'Mức độ thực hiện cơ cấu công chức, viên chức theo vị trí việc làm được phê duyệt', 1), post: same('5.1', 'Thực hiện cơ cấu công chức, viên chức theo vị trí việc làm được phê duyệt', 1) },
  { id: 'qualification', so: same('2.5.4', 'Trình độ chuyên môn đội ngũ cán bộ, công chức, viên chức đạt chuẩn theo quy định', 1), huyen: same('5.3.3', 'Trình độ chuyên môn đội ngũ cán bộ, công chức, viên chức đạt chuẩn theo quy định', 1), post: same('5.3', 'Tỷ lệ cán bộ, công chức, viên chức đạt chuẩn theo quy định', 1) },
  { id: 'training', so: same('2.5.5', 'Thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức', 1), huyen: same('5.4', 'Thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức', 1), post: same('5.2', 'Thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức', 1) },
  { id: 'discipline', so: same('2.5.7', 'Công chức, viên chức thực hiện tốt kỷ luật, kỷ cương hành chính, nâng cao tinh thần, trách nhiệm và đạo đức nghề nghiệp', 1), huyen: same('5.5', 'Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức', 1.5), post: same('5.4', 'Công chức, viên chức chấp hành tốt kỷ luật, kỷ cương hành chính', 2) },
  { id: 'autonomy-admin', so: same('2.6.3', 'Kết quả thực hiện cơ chế tự chủ, tự chịu trách nhiệm về biên chế và kinh phí hành chính', 1), huyen: same('6.1', 'Thực hiện cơ chế tự chủ, tự chịu trách nhiệm về biên chế và kinh phí hành chính', 1), post: same('6.2', 'Thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính', 1) },
  { id: 'autonomy-units', so: same('2.6.4', 'Thực hiện quyền tự chủ, tự chịu trách nhiệm đối với đơn vị sự nghiệp trực thuộc', 1), huyen: same('6.2', 'Thực hiện quyền tự chủ đối với đơn vị sự nghiệp công lập trực thuộc', 1), post: same('6.5.1', 'Số đơn vị sự nghiệp công lập tự bảo đảm một phần chi thường xuyên', 0.5) },
  { id: 'budget-cut', post: same('6.5.5', 'Tỷ lệ giảm chi trực tiếp từ ngân sách nhà nước đối với đơn vị sự nghiệp công lập so với dự toán giao', 1) },
  { id: 'audit-followup', huyen: same('6.3', 'Thực hiện các kiến nghị sau thanh tra, kiểm toán', 1), post: same('6.3', 'Thực hiện các kiến nghị sau thanh tra, kiểm toán về tài chính, ngân sách', 1) },
  { id: 'ict-readiness', so: same('2.7.1', 'Xếp loại chỉ số sẵn sàng ứng dụng công nghệ thông tin (ICT) của tỉnh', 2), huyen: same('7.1.1', 'Xếp loại chỉ số sẵn sàng ứng dụng công nghệ thông tin của tỉnh', 2), post: same('7.1.1.7', 'Kết quả phát triển chính quyền số theo bộ tiêu chí đánh giá được UBND tỉnh ban hành', 2) },
  { id: 'website', so: same('2.7.2', 'Chất lượng trang thông tin điện tử của đơn vị', 1), huyen: same('7.1.3', 'Chất lượng cổng thông tin điện tử của huyện', 1), post: same('7.1.1.4', 'Chất lượng Cổng thông tin điện tử', 1.5) },
  { id: 'online-services', so: same('2.7.3', 'Mức độ cung cấp dịch vụ công trực tuyến', 2), huyen: same('7.1.5', 'Mức độ cung cấp dịch vụ công trực tuyến', 3), post: same('7.1.2.2', 'Tỷ lệ số TTHC cung cấp trực tuyến mức độ 3 có phát sinh hồ sơ', 0.5) },
  { id: 'online-level4', post: same('7.1.2.3', 'Tỷ lệ số TTHC cung cấp trực tuyến mức độ 4 có phát sinh hồ sơ', 0.5) },
  { id: 'e-documents', huyen: same('7.1.2', 'Sử dụng phần mềm quản lý văn bản và điều hành', 1), post: same('7.1.1.2', 'Tỷ lệ văn bản đi được gửi dưới dạng điện tử', 1) },
  { id: 'postal-service', post: same('7.1.3', 'Tỷ lệ TTHC có phát sinh hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích', 1) },
  { id: 'iso', so: same('2.7.5', 'Kiểm soát vận hành hệ thống quản lý chất lượng ISO 9001:2008', 1), huyen: same('7.2.2', 'Duy trì, cải tiến hệ thống quản lý chất lượng ISO 9001:2008', 1), post: same('7.2.2', 'Duy trì, cải tiến Hệ thống quản lý chất lượng ISO 9001:2015', 1) },
]

export const conceptById = (id: string): Concept => {
  const c = CONCEPTS.find((x) => x.id === id)
  if (!c) throw new Error(`unknown concept ${id}`)
  return c
}

export const critFor = (concept: Concept, scheme: Scheme): Crit | undefined => concept[scheme]

// The area of a criterion code: the longest area code that prefixes it.
export function areaOf(scheme: Scheme, code: string): Area {
  const hits = AREAS[scheme].filter((a) => code === a.code || code.startsWith(`${a.code}.`))
  const best = hits.sort((a, b) => b.code.length - a.code.length)[0]
  if (!best) throw new Error(`no area for ${code} in ${scheme}`)
  return best
}

export const schemeTotal = (scheme: Scheme): number => AREAS[scheme].reduce((s, a) => s + a.max, 0)

export const compareCodes = (a: string, b: string): number => {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1)
    if (d) return d
  }
  return 0
}
