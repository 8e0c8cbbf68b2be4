import { rename, writeFile } from 'node:fs/promises'
import type { FindingRow } from '../store/queries/index.ts'
import { labelRow } from './labels.ts'

// Auditors work in Excel: findings export as a real .xlsx (header row, frozen, filters), CSV
// (UTF-8 with BOM so Excel reads Vietnamese correctly) or JSON. The spreadsheets show status,
// kind and yes/no in Vietnamese words (app/labels.ts); JSON keeps the codes.
export const EXPORT_COLUMNS: { key: keyof FindingRow; header: string; width: number }[] = [
  { key: 'agency', header: 'Cơ quan', width: 32 }, { key: 'province', header: 'Tỉnh', width: 16 },
  { key: 'year', header: 'Năm đánh giá', width: 12 }, { key: 'code', header: 'Mã tiêu chí', width: 12 },
  { key: 'title', header: 'Tiêu chí', width: 60 }, { key: 'max', header: 'Điểm tối đa', width: 11 },
  { key: 'achieved', header: 'Điểm đạt', width: 10 }, { key: 'deducted', header: 'Điểm bị trừ', width: 11 },
  { key: 'reason', header: 'Lý do', width: 60 }, { key: 'status', header: 'Tình trạng khắc phục', width: 16 },
  { key: 'concept', header: 'Khái niệm tiêu chí', width: 40 }, { key: 'kind', header: 'Loại văn bản', width: 12 },
  { key: 'number', header: 'Số văn bản', width: 16 }, { key: 'docDate', header: 'Ngày văn bản', width: 12 },
  { key: 'fileName', header: 'Tệp', width: 36 }, { key: 'documentId', header: 'Mã văn bản', width: 10 },
]

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v)
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(rows: readonly FindingRow[]): string {
  const lines = [EXPORT_COLUMNS.map((c) => csvCell(c.header)).join(',')]
  for (const r of rows.map(labelRow)) lines.push(EXPORT_COLUMNS.map((c) => csvCell(r[c.key])).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export async function toXlsx(rows: readonly FindingRow[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs') // ~1 s to load: only when a workbook is written
  const wb = new ExcelJS.Workbook()
  wb.creator = 'cchc'
  const ws = wb.addWorksheet('Tiêu chí bị trừ điểm', { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }))
  ws.getRow(1).font = { bold: true }
  for (const r of rows.map(labelRow)) ws.addRow(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.key, r[c.key] ?? null])))
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export type ExportFormat = 'csv' | 'xlsx' | 'json'

export async function renderExport(rows: readonly FindingRow[], format: ExportFormat): Promise<Buffer> {
  if (format === 'xlsx') return toXlsx(rows)
  if (format === 'csv') return Buffer.from(toCsv(rows), 'utf8')
  return Buffer.from(`${JSON.stringify(rows, null, 2)}\n`, 'utf8')
}

// Written to a temporary name and renamed, so a reader never sees half a file.
export async function writeExport(rows: readonly FindingRow[], format: ExportFormat, out: string): Promise<void> {
  const tmp = `${out}.${process.pid}.tmp`
  await writeFile(tmp, await renderExport(rows, format))
  await rename(tmp, out)
}
