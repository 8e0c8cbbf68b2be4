import { describe, expect, it } from 'vitest'
import { buildFindings } from '../../extract/build-findings.ts'
import { extractRecord } from '../../extract/extract-record.ts'
import { findAgencyResults } from '../../extract/fields/prose-ranking.ts'
import { readStatement } from '../../extract/fields/statement.ts'
import { classifyStatus } from '../../extract/fields/status.ts'
import { foldPhrase } from '../../extract/lexicon/lexicon.ts'
import * as PHRASES from '../../extract/lexicon/phrases.ts'
import { cellKind } from '../../extract/tables/cell-kinds.ts'
import { headingRole } from '../../extract/tables/columns.ts'
import { stripWebChrome } from '../../parsers/text-web.ts'
import { linearOf, modelOf } from './model-of.ts'
import {
  AGENCY_ROWS, CENTRAL_ROWS, CHROME_ROWS, CLASS_ROWS, HEADING_ROWS, LABEL_ROWS, ORDINAL_ROWS, POINT_ROWS, REASON_ROWS, SCOPE_ROWS, STATUS_ROWS, type Row,
} from './lexicon-rows.ts'

const scores = (lines: string[]) => buildFindings(linearOf(lines), 0, 2020).scores
const findings = (lines: string[]) => buildFindings(linearOf(lines), 0, 2020).findings
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1)

describe('the points grammar reads every phrase of the lexicon', () => {
  it.each(POINT_ROWS.filter(([t]) => !['rank', 'with', 'total'].includes(t)))('%s "%s": %s', (_t, _p, text, expected) => {
    expect(readStatement(text as string)).toMatchObject(expected as object)
  })
  it.each(POINT_ROWS.filter(([t]) => t === 'rank' || t === 'total'))('%s "%s": %s', (_t, _p, text, expected) => {
    expect(scores([text])).toEqual([expect.objectContaining(expected)])
  })
  it.each(POINT_ROWS.filter(([t]) => t === 'with'))('%s "%s": %s', (_t, _p, text, expected) => {
    expect(findAgencyResults(linearOf([text]), 0).map((r) => r.achieved)).toEqual(expected)
  })
  it.each(ORDINAL_ROWS)('%s "%s": %s', (_t, _p, text, expected) => {
    expect(scores([text])[0]).toMatchObject({ scope: 'ranking', label: 'Sở Tư pháp', rank: expected })
  })
})

describe('scopes, reasons, labels and status words', () => {
  it.each(SCOPE_ROWS.filter(([t]) => t !== 'scope total'))('%s "%s": %s', (_t, _p, text, expected) => {
    expect(scores([text]).map((s) => s.scope)).toEqual(expected === null ? [] : [expected])
  })
  it.each(SCOPE_ROWS.filter(([t]) => t === 'scope total'))('a scoring table row labelled "%s" is the total', (_t, _p, label, expected) => {
    const lines = ['TT\tTiêu chí\tĐiểm tối đa\tĐiểm đạt', '1.1\tTuyên truyền CCHC\t2\t1,5', `\t${label}\t2\t1,5`]
    expect(scores(lines).map((s) => s.scope)).toContain(expected)
  })
  it.each(REASON_ROWS)('%s "%s": %s', (_t, _p, text, expected) => {
    expect(readStatement(text as string).reason).toContain(expected)
  })
  it.each(LABEL_ROWS)('%s "%s" after an item: %s', (_t, phrase, text, expected) => {
    const f = findings(['Các tiêu chí bị trừ điểm:', '1. TCTP 1.2.2 “Chất lượng báo cáo CCHC” (đạt 0,5/1 điểm).', `${cap(phrase)}: ${text}`])
    expect(f[0]).toMatchObject(expected as object)
  })
  it.each(STATUS_ROWS)('%s "%s": %s', (_t, _p, text, expected) => {
    expect(classifyStatus(text as string)).toBe(expected)
  })
})

describe('tables, agencies and pages', () => {
  it.each(HEADING_ROWS)('%s "%s" (%s) names the column %s', (_t, _p, heading, role) => {
    expect(headingRole(heading as string)).toBe(role)
  })
  it.each(CLASS_ROWS)('%s "%s" is a class cell', (_t, _p, text) => {
    expect(cellKind(text as string)).toBe('class')
  })
  it.each(AGENCY_ROWS)('%s "%s": %s', (_t, _p, text, expected) => {
    expect(findAgencyResults(linearOf([text as string]), 0).map((r) => r.label)).toEqual(expected)
  })
  it.each(CENTRAL_ROWS)('a document of "%s" (%s) belongs to no province', (_t, _p, name) => {
    const record = (agency: string) => extractRecord(modelOf([agency.toLocaleUpperCase('vi'), 'Số: 96/KH-BXD', 'Hà Nội, ngày 18 tháng 7 năm 2022', 'KẾ HOẠCH',
      'Khắc phục hạn chế Chỉ số CCHC năm 2021', 'Căn cứ kết quả.'], 'docx'), { fileName: 'x.docx', sha256: '0'.repeat(64) })
    expect(record(name as string).province).toBeNull()
    expect(record('Sở Tư pháp').province).toBe('Hà Nội') // a province's department signed in Hà Nội
  })
  it.each(CHROME_ROWS)('web page %s "%s" is left out', (kind, _p, line) => {
    const body = 'Ngày 02/6/2023, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2022.'
    const page = kind === 'end'
      ? ['Trang chủ', 'Giới thiệu', 'Trang chủ » Tin tức', 'Tiêu đề', body, line as string, 'Tin khác một']
      : [line as string, 'Trang chủ', 'Giới thiệu', 'Liên hệ', 'Trang chủ » Tin tức', 'Tiêu đề', body, 'Lượt xem: 12']
    const kept = stripWebChrome(page).lines
    expect(kept).toContain(body)
    expect(kept).not.toContain(line)
  })
})

describe('the lexicon', () => {
  const all: Row[] = [...POINT_ROWS, ...ORDINAL_ROWS, ...SCOPE_ROWS, ...REASON_ROWS, ...LABEL_ROWS, ...STATUS_ROWS, ...HEADING_ROWS, ...CLASS_ROWS,
    ...AGENCY_ROWS, ...CENTRAL_ROWS, ...CHROME_ROWS]
  const tested = new Set(all.map(([, p]) => foldPhrase(p)))
  const phrases = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? (typeof v[0] === 'string' && typeof v[1] === 'number' ? [v[0]] : v.flatMap(phrases))
    : v && typeof v === 'object' ? Object.values(v).flatMap(phrases) : [])
  it('has a test row for every phrase', () => {
    const missing = Object.values(PHRASES).flatMap(phrases).filter((p) => !tested.has(foldPhrase(p)))
    expect(missing).toEqual([])
  })
})
