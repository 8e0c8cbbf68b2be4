import type { Status } from '../../schemas/record.ts'

// Remediation progress as reported: "chưa có sáng kiến", "chưa thể khắc phục" → not done;
// "đang triển khai" → in progress; "đã hoàn thành" → done. Negations win over "đã …" openings
// ("Đã tuyên truyền … nhưng đến nay chưa có sáng kiến").
const NOT_DONE = /chưa\s+(?:có|thực hiện|hoàn thành|triển khai|khắc phục|thể|đạt|được|xong|ban hành)|không\s+thể|không\s+thực hiện được/iu
const IN_PROGRESS = /đang\s+\p{L}|tiếp tục|chỉ mới|mới\s+(?:triển khai|thực hiện)|từng bước|bước đầu|dự kiến/iu
const DONE = /(?:^|[\s,.;])đã\s+\p{L}|hoàn thành|đã xong/iu

export function classifyStatus(text: string | null | undefined): Status {
  if (!text || !text.trim()) return 'unknown'
  if (NOT_DONE.test(text)) return 'not_done'
  if (IN_PROGRESS.test(text)) return 'in_progress'
  if (DONE.test(text)) return 'done'
  return 'unknown'
}
