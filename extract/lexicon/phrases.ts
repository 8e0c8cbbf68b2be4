// The genre's wording, as data. Every phrase is written as officials write it, with diacritics;
// lexicon.ts folds each one once (no diacritics, lower case, đ → d) and builds the matchers, so
// text typed without diacritics or with old tone placement matches too. A new phrasing is one
// line here plus one row in test/extract/lexicon-rows.ts (lexicon.test.ts fails for a phrase without a row).

// Words of the points grammar (grammar/tokens.ts gives each class one symbol).
export const POINT_WORDS = {
  // the unit of points: "0,5 điểm", "(2đ)"
  unit: ['điểm', 'đ'],
  // a loss: "bị trừ 0,5 điểm", "mất 1 điểm", "giảm 0,25 điểm"
  loss: ['trừ', 'bị trừ', 'mất', 'bị mất', 'giảm', 'bị giảm', 'trừ mất', 'bị trừ mất'],
  // points achieved: "đạt 0,5 điểm", "chỉ được 0,5 điểm", "thẩm định còn 63 điểm"
  achieve: ['đạt', 'đạt được', 'chỉ đạt', 'mới đạt', 'được', 'chỉ được', 'còn', 'chấm', 'được chấm', 'thẩm định',
    'thẩm định còn', 'thẩm định được', 'thẩm định đạt', 'tự chấm', 'tự đánh giá', 'đánh giá', 'là'],
  // the maximum: "(tối đa 1 điểm)", "điểm chuẩn 2", "trên 2 điểm tối đa"
  max: ['tối đa', 'điểm chuẩn', 'thang điểm', 'tổng điểm tối đa'],
  // "a điểm trên b điểm", "trên tổng số b điểm"
  over: ['trên', 'trên tổng số', 'trong tổng số', 'trên tổng', 'trong số'],
  // nothing achieved: "không đạt điểm (điểm tối đa 1 điểm)"
  zero: ['không đạt điểm', 'không được điểm', 'không có điểm', 'không được chấm điểm'],
  // a rank: "xếp thứ 9/21", "xếp hạng nhất", "đứng thứ 3"
  rank: ['xếp thứ', 'xếp hạng', 'xếp vị thứ', 'đứng thứ', 'xếp vị trí', 'xếp hạng thứ', 'vị trí thứ', 'đứng vị trí thứ', 'xếp ở vị trí thứ'],
  // "… với 85,02 điểm": a score stated after the one it belongs to
  with: ['với'],
  // totals of a table or a text: "Tổng điểm", "TỔNG CỘNG"
  total: ['tổng điểm', 'tổng cộng', 'tổng số điểm'],
} as const

// Ordinals after a rank word: "xếp hạng nhất", "xếp thứ hai".
export const ORDINALS: readonly (readonly [string, number])[] = [
  ['nhất', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8],
  ['chín', 9], ['mười', 10],
]

// What a clause's points are about (scores in prose).
export const SCORE_SCOPES = {
  survey: ['điều tra xã hội học', 'khảo sát', 'mức độ hài lòng', 'sự hài lòng', 'SIPAS'],
  appraisal: ['thẩm định', 'đánh giá, thẩm định', 'tự đánh giá', 'tự chấm', 'tối đa đánh giá'],
  overall: ['chỉ số cải cách hành chính', 'chỉ số CCHC', 'chỉ số CHCC', 'PAR INDEX', 'chỉ số PAR'],
  total: ['tổng điểm', 'tổng số điểm', 'tổng cộng'],
  // an average of many agencies is not a score of any of them
  average: ['trung bình', 'bình quân', 'giá trị trung bình'],
} as const

// Opening a reason: "do …", "vì …", "Nguyên nhân: …".
export const REASON_OPENERS = ['do', 'vì', 'bởi vì', 'bởi', 'lý do', 'nguyên nhân', 'nguyên nhân là', 'lý do là']

// A paragraph labelled with one of these, right after a criterion item, says more about it:
// "Nguyên nhân: …", "Kết quả khắc phục: Đã khắc phục. …".
export const FOLLOWER_LABELS = {
  reason: ['nguyên nhân', 'lý do', 'hạn chế', 'tồn tại', 'tồn tại, hạn chế', 'hạn chế, nguyên nhân', 'giải trình'],
  progress: ['kết quả khắc phục', 'kết quả thực hiện', 'tiến độ', 'tiến độ thực hiện', 'tình hình khắc phục',
    'tình hình thực hiện', 'kết quả', 'tình trạng'],
} as const

// Remediation progress as reported. Negations win over "đã …" openings ("Đã tuyên truyền …
// nhưng đến nay chưa có sáng kiến"), then work under way, then work done; the one-word forms
// ("đang", "đã") are the last resort.
export const STATUS_WORDS = {
  not_done: ['chưa có', 'chưa thực hiện', 'chưa hoàn thành', 'chưa triển khai', 'chưa khắc phục', 'chưa thể',
    'chưa đạt', 'chưa được', 'chưa xong', 'chưa ban hành', 'không thể', 'không thực hiện được', 'chưa khắc phục được'],
  in_progress: ['đang thực hiện', 'đang khắc phục', 'đang triển khai', 'đang tiếp tục', 'tiếp tục', 'chỉ mới',
    'mới triển khai', 'mới thực hiện', 'từng bước', 'bước đầu', 'dự kiến', 'đang'],
  done: ['đã khắc phục', 'đã hoàn thành', 'hoàn thành', 'đã thực hiện', 'đã xong', 'hoàn tất', 'đã'],
} as const

// Table column headings, by the role of the column. A heading is read from its start (the head
// of a Vietnamese noun phrase comes first: "Nguyên nhân bị trừ điểm" is a reason, "Điểm bị
// trừ" a deduction); the longest phrase at the earliest position names the role.
export const COLUMN_HEADINGS = {
  stt: ['STT', 'TT', 'số TT', 'số thứ tự'],
  code: ['mã', 'mã tiêu chí', 'mã số', 'ký hiệu', 'mã TC'],
  criterion: ['tiêu chí', 'tiêu chí thành phần', 'TCTP', 'TC', 'tiêu chí/TCTP', 'lĩnh vực', 'lĩnh vực/tiêu chí',
    'tên tiêu chí', 'nội dung đánh giá', 'nội dung tiêu chí', 'tiêu chí liên quan', 'tiêu chí bị trừ điểm',
    'nội dung bị trừ điểm', 'tiêu chí, tiêu chí thành phần', 'nội dung lĩnh vực'],
  // "Nội dung" alone: the criterion in a scoring table, the task in a task table
  content: ['nội dung', 'nội dung thực hiện'],
  max: ['điểm tối đa', 'tối đa', 'điểm chuẩn', 'thang điểm', 'tổng điểm tối đa', 'điểm quy định', 'điểm tối đa đạt được'],
  achieved: ['điểm đạt', 'điểm đạt được', 'đạt được', 'điểm', 'điểm số', 'kết quả chấm', 'điểm đánh giá', 'điểm chấm',
    'điểm thực tế'],
  self: ['điểm tự đánh giá', 'tự đánh giá', 'tự chấm', 'điểm tự chấm', 'điểm tự chấm, tự đánh giá'],
  appraisal: ['điểm thẩm định', 'thẩm định', 'điểm Hội đồng thẩm định', 'kết quả thẩm định'],
  survey: ['điểm khảo sát', 'khảo sát', 'điểm điều tra', 'điều tra xã hội học', 'điểm điều tra xã hội học'],
  total: ['tổng điểm', 'tổng số điểm', 'tổng cộng', 'điểm tổng'],
  deducted: ['điểm bị trừ', 'điểm trừ', 'số điểm bị trừ', 'bị trừ', 'điểm mất', 'số điểm trừ', 'điểm bị mất'],
  percent: ['%', 'tỷ lệ', 'chỉ số CCHC', 'chỉ số cải cách hành chính', 'chỉ số', 'tỷ lệ đạt'],
  rank: ['xếp hạng', 'thứ hạng', 'hạng', 'vị thứ', 'thứ tự xếp hạng', 'xếp thứ'],
  class: ['xếp loại', 'phân loại', 'loại', 'mức xếp loại'],
  agency: ['tên đơn vị', 'tên cơ quan', 'tên cơ quan, đơn vị', 'đơn vị', 'cơ quan', 'cơ quan, đơn vị', 'địa phương',
    'tên địa phương', 'sở, ban, ngành', 'tên xã, phường'],
  reason: ['nguyên nhân', 'lý do', 'giải trình', 'hạn chế', 'tồn tại', 'hạn chế, nguyên nhân', 'tồn tại, hạn chế',
    'nguyên nhân bị trừ điểm', 'giải trình lý do', 'lý do bị trừ điểm', 'nguyên nhân, hạn chế'],
  task: ['nhiệm vụ', 'nội dung khắc phục', 'nội dung công việc', 'giải pháp', 'biện pháp', 'nhiệm vụ khắc phục',
    'công việc', 'nội dung nhiệm vụ', 'nhiệm vụ, giải pháp', 'giải pháp khắc phục', 'biện pháp khắc phục', 'hoạt động'],
  owner: ['đơn vị chủ trì', 'cơ quan chủ trì', 'chủ trì', 'đơn vị thực hiện', 'người thực hiện', 'phụ trách',
    'đơn vị phụ trách', 'cơ quan thực hiện', 'trách nhiệm thực hiện', 'người phụ trách', 'bộ phận thực hiện',
    'đơn vị, cá nhân thực hiện', 'cá nhân thực hiện', 'thực hiện'],
  coordinator: ['phối hợp', 'đơn vị phối hợp', 'cơ quan phối hợp'],
  deadline: ['thời gian', 'thời hạn', 'thời gian hoàn thành', 'thời gian thực hiện', 'hạn hoàn thành', 'thời hạn hoàn thành'],
  progress: ['kết quả khắc phục', 'kết quả thực hiện', 'tiến độ', 'tiến độ thực hiện', 'tình hình thực hiện',
    'tình hình khắc phục', 'kết quả đạt được'],
  status: ['tình trạng', 'trạng thái', 'mức độ hoàn thành', 'đánh giá mức độ hoàn thành'],
  result: ['sản phẩm', 'kết quả dự kiến', 'sản phẩm đầu ra', 'kết quả', 'kết quả cần đạt'],
  requirement: ['yêu cầu', 'yêu cầu cần đạt'],
  note: ['ghi chú'],
} as const

// The class announced with a result.
export const RESULT_CLASSES = ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu', 'Kém', 'Đạt', 'Không đạt']

// Words that open the name of an agency: "Sở Tư pháp", "Phòng Nội vụ", "UBND huyện …", "thị xã Bình Minh".
export const AGENCY_HEADS = ['Sở', 'Phòng', 'Văn phòng', 'Ban', 'Trung tâm', 'Chi cục', 'Cục', 'Tổng cục', 'Vụ', 'Bộ',
  'Thanh tra', 'Ủy ban nhân dân', 'UBND', 'Hội đồng nhân dân', 'Đài', 'Bệnh viện', 'Viện', 'Trường',
  'huyện', 'quận', 'thị xã', 'thành phố', 'xã', 'phường', 'thị trấn', 'tỉnh', 'Công chức', 'Bộ phận']

// Agencies of the central government: their documents belong to no province, wherever they were signed.
export const CENTRAL_AGENCY_HEADS = ['Bộ', 'Chính phủ', 'Văn phòng Chính phủ', 'Thanh tra Chính phủ', 'Ban Chỉ đạo cải cách hành chính của Chính phủ',
  'Ngân hàng Nhà nước', 'Ủy ban Dân tộc', 'Bảo hiểm xã hội Việt Nam', 'Kiểm toán nhà nước', 'Thủ tướng Chính phủ']

// Around an article copied from a web page: site menus, breadcrumbs, share buttons, related
// headlines and footers. A line that is one of these (or starts with one) is not the article.
export const WEB_CHROME = {
  // the article is over where one of these starts
  end: ['tin liên quan', 'các tin khác', 'tin khác', 'bài viết liên quan', 'tin cùng chuyên mục', 'xem thêm',
    'chia sẻ', 'lượt xem', 'in bài', 'in bài viết', 'gửi bạn bè', 'về đầu trang', 'bình luận', 'ý kiến bạn đọc',
    'gửi email', 'tags', 'từ khóa'],
  // a line made of these is navigation
  menu: ['trang chủ', 'giới thiệu', 'tin tức', 'tin tức - sự kiện', 'văn bản', 'dịch vụ công', 'liên hệ', 'tìm kiếm',
    'thống kê', 'chính quyền', 'skip to main content', 'đăng nhập', 'sơ đồ trang', 'hỏi đáp', 'cỡ chữ', 'english'],
} as const
