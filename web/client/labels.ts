import { KIND_LABELS, STATUS_LABELS } from '../../app/labels.ts'

// Vietnamese wording for the codes the API returns. Kinds and statuses come from the CLI's and
// exports' table (app/labels.ts, type imports only, so it bundles for the browser): one wording.
export const KIND_LABEL: Record<string, string> = KIND_LABELS
export const STATUS_LABEL: Record<string, string> = STATUS_LABELS

export const SCOPE_LABEL: Record<string, string> = {
  overall: 'Tổng thể', part: 'Phần', area: 'Lĩnh vực', appraisal: 'Thẩm định', survey: 'Điều tra xã hội học', total: 'Tổng điểm', ranking: 'Xếp hạng',
}

export const PASSAGE_LABEL: Record<string, string> = {
  finding: 'Tiêu chí bị trừ điểm', score: 'Điểm số', action: 'Nhiệm vụ', reference: 'Văn bản trích dẫn', warning: 'Cảnh báo',
  header: 'Thông tin văn bản',
}

// Error codes of schemas/errors.ts, said so an official understands what to do next.
export const ERROR_LABEL: Record<string, string> = {
  empty_file: 'tệp rỗng', file_too_large: 'tệp quá lớn', unsupported_format: 'định dạng không hỗ trợ',
  corrupt_docx: 'tệp .docx bị hỏng', zip_bomb: 'tệp .docx nén bất thường', corrupt_doc: 'tệp .doc (Word 97–2003) bị hỏng', corrupt_pdf: 'tệp PDF bị hỏng',
  encrypted_pdf: 'PDF có mật khẩu', needs_ocr: 'bản quét không có lớp chữ, cần nhận dạng ký tự (OCR)',
  not_text: 'không phải văn bản', parse_timeout: 'xử lý quá thời gian', parse_memory: 'xử lý vượt giới hạn bộ nhớ',
  parse_crashed: 'bộ đọc tệp gặp lỗi', invalid_record: 'kết quả trích xuất không hợp lệ', read_failed: 'không đọc được tệp',
  write_failed: 'không ghi được', network: 'lỗi kết nối', http: 'máy chủ báo lỗi',
  // the HTTP API's own codes (service/errors.ts)
  unauthorized: 'cần mã truy cập', forbidden: 'mã truy cập không có quyền này', invalid_request: 'yêu cầu không hợp lệ',
  too_many_files: 'quá nhiều tệp trong một lần gửi', request_too_large: 'lần gửi quá lớn', unavailable: 'máy chủ tạm thời không sẵn sàng',
  internal_error: 'lỗi máy chủ', not_found: 'không tìm thấy',
}

export const kindLabel = (k: string | null | undefined) => (k ? KIND_LABEL[k] ?? k : '')
export const statusLabel = (s: string | null | undefined) => (s ? STATUS_LABEL[s] ?? s : '')

const num = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })
export const fmtNum = (n: number | null | undefined) => (n === null || n === undefined ? '' : num.format(n))

export function fmtDate(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? '')
}

export function fmtBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${fmtNum(n / 1024)} KB` : `${fmtNum(n / 1024 ** 2)} MB`
}
