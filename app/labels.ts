import type { Kind, Status } from '../schemas/record.ts'
import type { StoreStats } from '../store/queries/stats.ts'

// The one place codes become words for people: CLI tables, .xlsx and .csv. Auditors read
// Vietnamese; `--json` and the API keep the codes, which programs compare. Typed against the
// schemas' enums (Record<Kind, …>), so a new code fails the type check until it has a label.

export const KIND_LABELS: Readonly<Record<Kind, string>> = {
  ke_hoach: 'Kế hoạch', bao_cao: 'Báo cáo', quyet_dinh: 'Quyết định', cong_van: 'Công văn', thong_bao: 'Thông báo',
  to_trinh: 'Tờ trình', nghi_quyet: 'Nghị quyết', chi_thi: 'Chỉ thị', khac: 'Khác',
}

// --kind's help: the codes (Record<Kind, …> above makes the list complete), no zod needed at start.
export const KIND_HELP = `document kind: ${Object.keys(KIND_LABELS).join(', ')}`

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  done: 'Đã khắc phục', in_progress: 'Đang thực hiện', not_done: 'Chưa khắc phục', unknown: 'Chưa rõ',
}

// `show`'s evidence passages.
export const PASSAGE_LABELS: Readonly<Record<string, string>> = {
  finding: 'Tiêu chí bị trừ điểm', score: 'Điểm', action: 'Nhiệm vụ', reference: 'Văn bản dẫn chiếu', warning: 'Cảnh báo',
}

export const STATS_LABELS: Readonly<Record<keyof StoreStats, string>> = {
  documents: 'Văn bản', renditions: 'Bản khác định dạng', duplicateNames: 'Tên tệp trùng nội dung', failures: 'Tệp lỗi',
  agencies: 'Cơ quan', concepts: 'Tiêu chí (khái niệm)', findings: 'Phát hiện trừ điểm', supersededFindings: 'Phát hiện đã thay thế',
  scores: 'Điểm số', actions: 'Nhiệm vụ khắc phục', references: 'Văn bản dẫn chiếu',
  byFormat: 'Theo định dạng', byKind: 'Theo loại văn bản', byExtractorVersion: 'Theo phiên bản trích xuất',
}

const lookup = (table: Readonly<Record<string, string>>, code: string | null | undefined): string =>
  code === null || code === undefined ? '' : table[code] ?? code

export const kindLabel = (code: string | null | undefined): string => lookup(KIND_LABELS, code)
export const statusLabel = (code: string | null | undefined): string => lookup(STATUS_LABELS, code)
export const yesNo = (v: boolean | null | undefined): string => (v === null || v === undefined ? '' : v ? 'Có' : 'Không')

// Which fields of a row carry codes, and how each is shown.
const FIELD_LABELS: Readonly<Record<string, (v: never) => string>> = {
  kind: kindLabel, status: statusLabel, latestStatus: statusLabel, recurring: yesNo, unresolved: yesNo,
}

// A row with its coded fields in words (the other fields unchanged), for tables and exports.
export function labelRow<T extends object>(row: T): T {
  const out = { ...row } as Record<string, unknown>
  for (const [key, fmt] of Object.entries(FIELD_LABELS)) if (key in out) out[key] = fmt(out[key] as never)
  return out as T
}

// `stats`: each count under its Vietnamese name; the per-format/kind groups with kinds in words.
export function statsLines(s: StoreStats): string[] {
  const group = (g: Record<string, number>, label: (k: string) => string) => Object.entries(g).map(([k, n]) => `${label(k)}: ${n}`).join(', ')
  return (Object.keys(STATS_LABELS) as (keyof StoreStats)[]).map((k) => {
    const v = s[k]
    const text = typeof v === 'number' ? String(v) : group(v, k === 'byKind' ? kindLabel : (x) => x)
    return `${STATS_LABELS[k].padEnd(28)} ${text}`
  })
}
