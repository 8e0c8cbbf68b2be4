import { clearMemos } from './text/memo.ts'
import type { DocumentModel } from '../schemas/document-model.ts'
import { CchcError } from '../schemas/errors.ts'
import { ExtractionRecordSchema, type ExtractionRecord, type RecordWarning, type Span } from '../schemas/record.ts'
import { linearize } from './linearize.ts'
import { extractHeader } from './fields/header.ts'
import { extractClosing } from './fields/closing.ts'
import { extractReferences } from './fields/references.ts'
import { extractAssessmentYear } from './fields/assessment-year.ts'
import { issuerFromBody, provinceFromBody } from './fields/issuer-body.ts'
import { correctDistrictSpelling, provinceOfDistrict } from './fields/district-province.ts'
import { findDates } from './fields/dates.ts'
import { buildFindings } from './build-findings.ts'
import { garbledShare } from './text/garbled.ts'
import { EXTRACTOR_VERSION } from './version.ts'
import { phraseSet } from './lexicon/lexicon.ts'
import { CENTRAL_AGENCY_HEADS } from './lexicon/phrases.ts'
import { provinceIn } from './fields/agency.ts'

// The pure extraction core: a parsed document model in, one validated record out.
// No filesystem, clock or environment here: what the edges know comes in through the context.
export interface ExtractContext {
  readonly fileName: string
  readonly sha256: string
  readonly bytes?: number
}

const span = (start: number, end: number): Span => [start, end]

// A ministry's document belongs to no province, though it is signed in Hà Nội.
const CENTRAL = phraseSet(CENTRAL_AGENCY_HEADS)
function isCentral(issuer: { name: string; parent: string | null } | null): boolean {
  const head = issuer ? CENTRAL.at(issuer.name, 0) : null
  // "Bộ Xây dựng", not "Bộ phận Một cửa"
  return head !== null && (head.length > 2 || /^\s+\p{Lu}/u.test(issuer!.name.slice(head.length))) && !(issuer!.parent && provinceIn(issuer!.parent))
}

export function extractRecord(model: DocumentModel, ctx: ExtractContext): ExtractionRecord {
  clearMemos()
  const lin = linearize(model)
  const warnings: RecordWarning[] = model.warnings.map((w) => ({ ...w, span: null }))
  const h = extractHeader(lin.units)

  let issuer = h.issuer ? { name: h.issuer.name, parent: h.issuer.parent, span: span(h.issuer.unit.start, h.issuer.unit.end) } : null
  if (!issuer) {
    const b = issuerFromBody(lin.text.slice(h.bodyStart > 0 ? lin.units[h.bodyStart - 1]?.end ?? 0 : 0))
    if (b) {
      const at = lin.text.indexOf(b.name)
      issuer = { name: b.name, parent: null, span: span(at, at + b.name.length) }
    }
  }
  const spelled = issuer ? correctDistrictSpelling(issuer.name) : null
  if (issuer && spelled) {
    warnings.push({ code: 'district_spelling', span: issuer.span, message: `"${spelled.from}" is spelled "${spelled.to}" in the list of districts` })
    issuer = { ...issuer, name: spelled.value }
  }
  const ownDate = h.date?.iso ?? null
  const ownNumber = h.number ? {
    normalized: h.number.normalized, typeCode: h.number.typeCode, issuerCode: h.number.issuerCode,
    start: h.number.unit.start + h.number.index, end: h.number.unit.start + h.number.index + h.number.length,
  } : null
  const refs = extractReferences(lin.text, ownNumber, ownDate)
  warnings.push(...refs.warnings)
  const docYear = h.date?.year ?? null
  const ay = extractAssessmentYear(lin.text, docYear, lin.folded)
  const closing = extractClosing(lin, h.bodyStart)
  const built = buildFindings(lin, h.bodyStart, ay.value, issuer?.name ?? null)
  warnings.push(...built.warnings)

  for (const d of findDates(lin.text)) if (!d.valid) warnings.push({ code: 'impossible_date', span: span(d.index, d.index + d.raw.length), message: `"${d.raw}" is not a real date` })
  const share = garbledShare(lin.text)
  if (share > 0.15) warnings.push({ code: 'garbled_text', span: null, message: `${Math.round(share * 100)}% of the words are not Vietnamese: the text looks garbled (legacy TCVN3/VNI font?)` })

  const record: ExtractionRecord = {
    schemaVersion: 1,
    extractorVersion: EXTRACTOR_VERSION,
    source: { fileName: ctx.fileName, sha256: ctx.sha256, format: model.format, pages: model.pages, ocr: model.ocr, ...(ctx.bytes !== undefined ? { bytes: ctx.bytes } : {}), ...(model.encodings?.length ? { encodings: model.encodings } : {}) },
    kind: h.kind ?? 'khac',
    number: h.number ? {
      raw: h.number.raw, normalized: h.number.normalized, seq: h.number.seq, year: h.number.year,
      typeCode: h.number.typeCode, issuerCode: h.number.issuerCode, span: span(ownNumber!.start, ownNumber!.end),
    } : null,
    issuer,
    province: isCentral(issuer) ? null
      : h.province ?? provinceFromBody(lin.text) ?? provinceOfDistrict([issuer?.name, issuer?.parent, h.place?.value && `huyện ${h.place.value}`], lin.text),
    place: h.place?.value ?? null,
    date: h.date ? {
      raw: h.date.raw, iso: h.date.iso, year: h.date.year, month: h.date.month, day: h.date.day,
      span: span(h.date.unit.start + h.date.index, h.date.unit.start + h.date.index + h.date.raw.length),
    } : null,
    title: h.title?.value ?? null,
    assessmentYear: ay.value,
    signer: closing.signer ? {
      name: closing.signer.name, position: closing.signer.position, authority: closing.signer.authority,
      span: span(closing.signer.units[0].start, closing.signer.units[closing.signer.units.length - 1].end),
    } : null,
    recipients: closing.recipients.map((r) => r.value),
    references: refs.value,
    scores: built.scores,
    findings: built.findings,
    actions: built.actions,
    warnings,
    text: lin.text,
  }
  const checked = ExtractionRecordSchema.safeParse(record)
  if (!checked.success) throw new CchcError('invalid_record', `${ctx.fileName}: ${checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return checked.data
}
