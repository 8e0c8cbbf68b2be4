import type { ExtractionRecord } from '../schemas/record.ts'

// Whether a record is an administrative document of the genre at all. A README or a note beside
// the documents has no official header (issuer), no document number, no date and no PAR content
// (criteria that lost points, scores, task rows); such a file is reported, never stored.
export function notADocumentReason(r: ExtractionRecord): string | null {
  const par = r.findings.length + r.scores.length + r.actions.length
  if (r.issuer || r.number || r.date || par > 0) return null
  return 'no official header, document number, date or PAR-index content'
}
