// One test row per phrase of extract/lexicon/phrases.ts: [table, phrase, text the phrase is
// read in, what the extractor must read there]. lexicon.test.ts runs every row, and fails for a
// phrase of the lexicon that has no row here.

export type Row = readonly [table: string, phrase: string, text: string, expected: unknown]

const statement = (t: string) => `“Tuyên truyền CCHC”${t}`

export const POINT_ROWS: readonly Row[] = [
  ['unit', 'điểm', statement(': bị trừ 0,5 điểm'), { deducted: 0.5 }],
  ['unit', 'đ', statement(': bị trừ 0,5đ'), { deducted: 0.5 }],
  ...['trừ', 'bị trừ', 'mất', 'bị mất', 'giảm', 'bị giảm', 'trừ mất', 'bị trừ mất']
    .map((p): Row => ['loss', p, statement(`, ${p} 0,5 điểm`), { deducted: 0.5 }]),
  ...['đạt', 'đạt được', 'chỉ đạt', 'mới đạt', 'được', 'chỉ được', 'còn', 'chấm', 'được chấm', 'thẩm định', 'thẩm định còn',
    'thẩm định được', 'thẩm định đạt', 'tự chấm', 'tự đánh giá', 'đánh giá', 'là']
    .map((p): Row => ['achieve', p, statement(` (1 điểm): ${p} 0,5 điểm`), { achieved: 0.5, max: 1 }]),
  ...['tối đa', 'điểm chuẩn', 'thang điểm', 'tổng điểm tối đa']
    .map((p): Row => ['max', p, statement(` (${p} 2 điểm): đạt 1,5 điểm`), { max: 2, achieved: 1.5 }]),
  ...['trên', 'trên tổng số', 'trong tổng số', 'trên tổng', 'trong số']
    .map((p): Row => ['over', p, statement(`: được 1,5 điểm ${p} 2 điểm`), { achieved: 1.5, max: 2 }]),
  ...['không đạt điểm', 'không được điểm', 'không có điểm', 'không được chấm điểm']
    .map((p): Row => ['zero', p, statement(`: ${p} (điểm tối đa 1 điểm)`), { achieved: 0, max: 1 }]),
  ...['xếp thứ', 'xếp hạng', 'xếp vị thứ', 'đứng thứ', 'xếp vị trí', 'xếp hạng thứ', 'vị trí thứ', 'đứng vị trí thứ', 'xếp ở vị trí thứ']
    .map((p): Row => ['rank', p, `Chỉ số CCHC năm 2020 của Sở đạt 80,5 điểm, ${p} 5/20 sở, ngành.`, { rank: 5, rankOf: 20 }]),
  ['with', 'với', 'Sở Tư pháp dẫn đầu với 90 điểm; Sở Nội vụ đứng sau với 85 điểm.', [90, 85]],
  ...['tổng điểm', 'tổng cộng', 'tổng số điểm'].map((p): Row => ['total', p, `Vậy, ${p} của huyện là 87,65.`, { scope: 'total', achieved: 87.65 }]),
]

export const ORDINAL_ROWS: readonly Row[] = ([['nhất', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7],
  ['tám', 8], ['chín', 9], ['mười', 10]] as const)
  .map(([p, n]): Row => ['ordinal', p, `Sở Tư pháp xếp hạng ${p} với 90 điểm; Sở Nội vụ xếp thứ 12/20 với 70 điểm.`, n])

export const SCOPE_ROWS: readonly Row[] = [
  ...['điều tra xã hội học', 'khảo sát', 'mức độ hài lòng', 'sự hài lòng', 'SIPAS'].map((p): Row => ['survey', p, `Trong đó, điểm ${p} đạt 25,2/35 điểm.`, 'survey']),
  ...['thẩm định', 'đánh giá, thẩm định', 'tự đánh giá', 'tự chấm', 'tối đa đánh giá'].map((p): Row => ['appraisal', p, `Trong đó, điểm ${p} đạt 58,4/65 điểm.`, 'appraisal']),
  ...['chỉ số cải cách hành chính', 'chỉ số CCHC', 'chỉ số CHCC', 'PAR INDEX', 'chỉ số PAR'].map((p): Row => ['overall', p, `Năm 2020, ${p} của Sở đạt 86,5/100 điểm.`, 'overall']),
  ...['tổng điểm', 'tổng số điểm', 'tổng cộng'].map((p): Row => ['scope total', p, p.toUpperCase(), 'total']),
  ...['trung bình', 'bình quân', 'giá trị trung bình'].map((p): Row => ['average', p, `Điểm ${p} của khối sở là 81,25/100 điểm.`, null]),
]

export const REASON_ROWS: readonly Row[] = ['do', 'vì', 'bởi vì', 'bởi', 'lý do', 'nguyên nhân', 'nguyên nhân là', 'lý do là']
  .map((p): Row => ['opener', p, statement(`: bị trừ 0,5 điểm; ${p} chưa tổ chức hội thi về CCHC.`), 'chưa tổ chức hội thi về CCHC'])

export const LABEL_ROWS: readonly Row[] = [
  ...['nguyên nhân', 'lý do', 'hạn chế', 'tồn tại', 'tồn tại, hạn chế', 'hạn chế, nguyên nhân', 'giải trình']
    .map((p): Row => ['reason label', p, 'Báo cáo quý III gửi chậm.', { reason: 'Báo cáo quý III gửi chậm.' }]),
  ...['kết quả khắc phục', 'kết quả thực hiện', 'tiến độ', 'tiến độ thực hiện', 'tình hình khắc phục', 'tình hình thực hiện', 'kết quả', 'tình trạng']
    .map((p): Row => ['progress label', p, 'Đã khắc phục, báo cáo gửi đúng hạn.', { status: 'done' }]),
]

export const STATUS_ROWS: readonly Row[] = [
  ...['chưa có', 'chưa thực hiện', 'chưa hoàn thành', 'chưa triển khai', 'chưa khắc phục', 'chưa thể', 'chưa đạt', 'chưa được',
    'chưa xong', 'chưa ban hành', 'không thể', 'không thực hiện được', 'chưa khắc phục được'].map((p): Row => ['not_done', p, `Đã tuyên truyền nhưng ${p} kết quả`, 'not_done']),
  ...['đang thực hiện', 'đang khắc phục', 'đang triển khai', 'đang tiếp tục', 'tiếp tục', 'chỉ mới', 'mới triển khai', 'mới thực hiện',
    'từng bước', 'bước đầu', 'dự kiến', 'đang'].map((p): Row => ['in_progress', p, `Phòng Nội vụ ${p} rà soát`, 'in_progress']),
  ...['đã khắc phục', 'đã hoàn thành', 'hoàn thành', 'đã thực hiện', 'đã xong', 'hoàn tất', 'đã'].map((p): Row => ['done', p, `Phòng Nội vụ ${p} việc rà soát`, 'done']),
]

export const CLASS_ROWS: readonly Row[] = ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu', 'Kém', 'Đạt', 'Không đạt'].map((p): Row => ['class', p, p, p])

export const AGENCY_ROWS: readonly Row[] = ['Sở', 'Phòng', 'Văn phòng', 'Ban', 'Trung tâm', 'Chi cục', 'Cục', 'Tổng cục', 'Vụ', 'Bộ', 'Thanh tra',
  'Ủy ban nhân dân', 'UBND', 'Hội đồng nhân dân', 'Đài', 'Bệnh viện', 'Viện', 'Trường', 'huyện', 'quận', 'thị xã', 'thành phố', 'xã', 'phường',
  'thị trấn', 'tỉnh', 'Công chức', 'Bộ phận'].map((p): Row => ['agency', p, `${p} Bình Minh đạt 80,5 điểm; ${p} Tân Hòa đạt 70 điểm.`, [`${p} Bình Minh`, `${p} Tân Hòa`]])

export const CENTRAL_ROWS: readonly Row[] = ['Bộ', 'Chính phủ', 'Văn phòng Chính phủ', 'Thanh tra Chính phủ', 'Ban Chỉ đạo cải cách hành chính của Chính phủ',
  'Ngân hàng Nhà nước', 'Ủy ban Dân tộc', 'Bảo hiểm xã hội Việt Nam', 'Kiểm toán nhà nước', 'Thủ tướng Chính phủ']
  .map((p): Row => ['central', p, p === 'Bộ' ? 'Bộ Xây dựng' : p, null])

export const CHROME_ROWS: readonly Row[] = [
  ...['tin liên quan', 'các tin khác', 'tin khác', 'bài viết liên quan', 'tin cùng chuyên mục', 'xem thêm', 'chia sẻ', 'lượt xem', 'in bài',
    'in bài viết', 'gửi bạn bè', 'về đầu trang', 'bình luận', 'ý kiến bạn đọc', 'gửi email', 'tags', 'từ khóa'].map((p): Row => ['end', p, `${p}: Facebook`, 'end']),
  ...['trang chủ', 'giới thiệu', 'tin tức', 'tin tức - sự kiện', 'văn bản', 'dịch vụ công', 'liên hệ', 'tìm kiếm', 'thống kê', 'chính quyền',
    'skip to main content', 'đăng nhập', 'sơ đồ trang', 'hỏi đáp', 'cỡ chữ', 'english'].map((p): Row => ['menu', p, p, 'menu']),
]

// A heading names its column's role (before the table's other columns settle "Nội dung", "Đơn vị").
const HEADINGS: readonly (readonly [string, readonly string[]])[] = [
  ['stt', ['STT', 'TT', 'số TT', 'số thứ tự']],
  ['code', ['mã', 'mã tiêu chí', 'mã số', 'ký hiệu', 'mã TC']],
  ['criterion', ['tiêu chí', 'tiêu chí thành phần', 'TCTP', 'TC', 'tiêu chí/TCTP', 'lĩnh vực', 'lĩnh vực/tiêu chí', 'tên tiêu chí', 'nội dung đánh giá',
    'nội dung tiêu chí', 'tiêu chí liên quan', 'tiêu chí bị trừ điểm', 'nội dung bị trừ điểm', 'tiêu chí, tiêu chí thành phần', 'nội dung lĩnh vực']],
  ['content', ['nội dung', 'nội dung thực hiện']],
  ['max', ['điểm tối đa', 'tối đa', 'điểm chuẩn', 'thang điểm', 'tổng điểm tối đa', 'điểm quy định', 'điểm tối đa đạt được']],
  ['achieved', ['điểm đạt', 'điểm đạt được', 'đạt được', 'điểm', 'điểm số', 'kết quả chấm', 'điểm đánh giá', 'điểm chấm', 'điểm thực tế']],
  ['self', ['điểm tự đánh giá', 'tự đánh giá', 'tự chấm', 'điểm tự chấm', 'điểm tự chấm, tự đánh giá']],
  ['appraisal', ['điểm thẩm định', 'thẩm định', 'điểm Hội đồng thẩm định', 'kết quả thẩm định']],
  ['survey', ['điểm khảo sát', 'khảo sát', 'điểm điều tra', 'điều tra xã hội học', 'điểm điều tra xã hội học']],
  ['total', ['tổng điểm', 'tổng số điểm', 'tổng cộng', 'điểm tổng']],
  ['deducted', ['điểm bị trừ', 'điểm trừ', 'số điểm bị trừ', 'bị trừ', 'điểm mất', 'số điểm trừ', 'điểm bị mất']],
  ['percent', ['%', 'tỷ lệ', 'chỉ số CCHC', 'chỉ số cải cách hành chính', 'chỉ số', 'tỷ lệ đạt']],
  ['rank', ['xếp hạng', 'thứ hạng', 'hạng', 'vị thứ', 'thứ tự xếp hạng', 'xếp thứ']],
  ['class', ['xếp loại', 'phân loại', 'loại', 'mức xếp loại']],
  ['agency', ['tên đơn vị', 'tên cơ quan', 'tên cơ quan, đơn vị', 'đơn vị', 'cơ quan', 'cơ quan, đơn vị', 'địa phương', 'tên địa phương', 'sở, ban, ngành',
    'tên xã, phường']],
  ['reason', ['nguyên nhân', 'lý do', 'giải trình', 'hạn chế', 'tồn tại', 'hạn chế, nguyên nhân', 'tồn tại, hạn chế', 'nguyên nhân bị trừ điểm',
    'giải trình lý do', 'lý do bị trừ điểm', 'nguyên nhân, hạn chế']],
  ['task', ['nhiệm vụ', 'nội dung khắc phục', 'nội dung công việc', 'giải pháp', 'biện pháp', 'nhiệm vụ khắc phục', 'công việc', 'nội dung nhiệm vụ',
    'nhiệm vụ, giải pháp', 'giải pháp khắc phục', 'biện pháp khắc phục', 'hoạt động']],
  ['owner', ['đơn vị chủ trì', 'cơ quan chủ trì', 'chủ trì', 'đơn vị thực hiện', 'người thực hiện', 'phụ trách', 'đơn vị phụ trách', 'cơ quan thực hiện',
    'trách nhiệm thực hiện', 'người phụ trách', 'bộ phận thực hiện', 'đơn vị, cá nhân thực hiện', 'cá nhân thực hiện', 'thực hiện']],
  ['coordinator', ['phối hợp', 'đơn vị phối hợp', 'cơ quan phối hợp']],
  ['deadline', ['thời gian', 'thời hạn', 'thời gian hoàn thành', 'thời gian thực hiện', 'hạn hoàn thành', 'thời hạn hoàn thành']],
  ['progress', ['kết quả khắc phục', 'kết quả thực hiện', 'tiến độ', 'tiến độ thực hiện', 'tình hình thực hiện', 'tình hình khắc phục', 'kết quả đạt được']],
  ['status', ['tình trạng', 'trạng thái', 'mức độ hoàn thành', 'đánh giá mức độ hoàn thành']],
  ['result', ['sản phẩm', 'kết quả dự kiến', 'sản phẩm đầu ra', 'kết quả', 'kết quả cần đạt']],
  ['requirement', ['yêu cầu', 'yêu cầu cần đạt']],
  ['note', ['ghi chú']],
]
// written as a table prints them: first letter capital
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1)
export const HEADING_ROWS: readonly Row[] = HEADINGS.flatMap(([role, phrases]) => phrases.map((p): Row => ['heading', p, cap(p), role]))
