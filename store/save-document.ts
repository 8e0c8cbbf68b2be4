import type { ExtractionRecord } from '../schemas/record.ts'
import type { Db } from './db.ts'
import { agencyOf, assignAgencies, type AgencyIdentity } from './agency-identity.ts'
import { findRendition } from './renditions.ts'
import { writeDerived } from './write-derived.ts'
import { addAlias } from './known-documents.ts'
import { putBlob } from './blobs.ts'
import { markAgenciesOfDocumentsStale } from './deficiency-summary.ts'

const FORMAT_RANK: Record<string, number> = { docx: 0, pdf: 1, doc: 2, html: 3, md: 4, txt: 5 }

export type SaveOutcome =
  | { status: 'stored'; documentId: number; renditionOf: number | null }
  | { status: 'duplicate'; documentId: number; existingName: string }

const docColumns = (r: ExtractionRecord) => [r.source.fileName, r.source.format, r.source.pages, r.kind, r.number?.normalized ?? null,
  r.number?.seq ?? null, r.number?.issuerCode ?? null, r.issuer?.name ?? null, r.issuer?.parent ?? null, r.province, r.place,
  r.date?.iso ?? null, r.date?.year ?? null, r.date?.month ?? null, r.title, r.assessmentYear, r.signer?.name ?? null,
  r.signer?.position ?? null, r.extractorVersion, JSON.stringify({ ...r, text: undefined }), r.text]
const agencyColumns = (a: AgencyIdentity | null) => [a?.nameKey ?? null, a?.name ?? null, a?.nameRank ?? null, a?.code ?? null]

// One transaction per document: the blob, the document and everything derived, or nothing.
export async function saveDocument(db: Db, r: ExtractionRecord, bytes: Uint8Array): Promise<SaveOutcome> {
  try {
    return await insertDocument(db, r, bytes)
  } catch (e) {
    // Two workers storing the same bytes at once: the loser sees the winner's row.
    if ((e as { code?: string }).code !== '23505') throw e
    return insertDocument(db, r, bytes)
  }
}

// Identity resolution (agency, criterion concepts, renditions) reads then writes shared rows; writers on
// several machines take turns for that short step (parsing, the slow part, happens before, in parallel).
const IDENTITY_LOCK = 4242002
// PGlite has one connection, so its transactions already run one at a time.
const takeIdentityLock = async (tx: Db) => { if (tx.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [IDENTITY_LOCK]) }

async function insertDocument(db: Db, r: ExtractionRecord, bytes: Uint8Array): Promise<SaveOutcome> {
  return db.transaction(async (tx) => {
    await takeIdentityLock(tx)
    const existing = await tx.query<{ id: number; file_name: string }>('SELECT id, file_name FROM documents WHERE sha256 = $1', [r.source.sha256])
    if (existing[0]) {
      await addAlias(tx, existing[0].id, r.source.fileName)
      return { status: 'duplicate', documentId: existing[0].id, existingName: existing[0].file_name }
    }
    await putBlob(tx, r.source.sha256, bytes, { clearFailure: true })
    const agency = agencyOf(r)
    const [doc] = await tx.query<{ id: number }>(
      `INSERT INTO documents (sha256, file_name, format, pages, kind, number, number_seq, issuer_code, issuer_name, parent_name,
         province, place, doc_date, doc_year, doc_month, title, assessment_year, signer_name, signer_position, extractor_version, record, text,
         agency_key, agency_name, agency_rank, agency_code)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26) RETURNING id`,
      [r.source.sha256, ...docColumns(r), ...agencyColumns(agency)])
    await assignAgencies(tx, [agency?.nameKey ?? null])
    const [{ agency_id: agencyId }] = await tx.query<{ agency_id: number | null }>('SELECT agency_id FROM documents WHERE id = $1', [doc.id])
    let renditionOf = await findRendition(tx, r, agencyId)
    if (renditionOf !== null) {
      const [old] = await tx.query<{ format: string; agency_key: string | null }>('SELECT format, agency_key FROM documents WHERE id = $1', [renditionOf])
      if (FORMAT_RANK[r.source.format] < FORMAT_RANK[old.format]) {
        // The richer rendition (a .docx with its header over a transcription) becomes the document of record.
        await tx.query('UPDATE documents SET rendition_of = $1 WHERE id = $2 OR rendition_of = $2', [doc.id, renditionOf])
        renditionOf = null
      } else await tx.query('UPDATE documents SET rendition_of = $1 WHERE id = $2', [renditionOf, doc.id])
      // A rendition is its document's: its agency follows (a transcription's issuer read from its body
      // is no agency of its own), and the names it left are regrouped without it.
      await assignAgencies(tx, [agency?.nameKey ?? null, old.agency_key])
    }
    await writeDerived(tx, doc.id, r, true)
    await markAgenciesOfDocumentsStale(tx, [doc.id, ...(renditionOf !== null ? [renditionOf] : [])])
    return { status: 'stored', documentId: doc.id, renditionOf }
  })
}

// Re-extraction: the same document row, its record replaced, findings updated in place.
export async function updateDocument(db: Db, documentId: number, r: ExtractionRecord): Promise<void> {
  await db.transaction(async (tx) => {
    await takeIdentityLock(tx)
    const previous = await tx.query<{ agency_id: number | null }>('SELECT agency_id FROM documents WHERE id = $1', [documentId])
    const agency = agencyOf(r)
    const [old] = await tx.query<{ agency_key: string | null }>('SELECT agency_key FROM documents WHERE id = $1', [documentId])
    await tx.query(
      `UPDATE documents SET file_name = $2, format = $3, pages = $4, kind = $5, number = $6, number_seq = $7, issuer_code = $8,
         issuer_name = $9, parent_name = $10, province = $11, place = $12, doc_date = $13, doc_year = $14, doc_month = $15, title = $16,
         assessment_year = $17, signer_name = $18, signer_position = $19, extractor_version = $20, record = $21, text = $22,
         agency_key = $23, agency_name = $24, agency_rank = $25, agency_code = $26, updated_at = now()
       WHERE id = $1`, [documentId, ...docColumns(r), ...agencyColumns(agency)])
    await assignAgencies(tx, [agency?.nameKey ?? null, old?.agency_key ?? null])
    await writeDerived(tx, documentId, r)
    await markAgenciesOfDocumentsStale(tx, [documentId], previous.map((p) => p.agency_id).filter((a): a is number => a !== null))
  })
}

export async function recordFailure(db: Db, sha256: string, fileName: string, code: string, message: string): Promise<void> {
  await db.query(
    `INSERT INTO failures (sha256, file_name, code, message) VALUES ($1, $2, $3, $4)
     ON CONFLICT (sha256) DO UPDATE SET file_name = EXCLUDED.file_name, code = EXCLUDED.code, message = EXCLUDED.message, failed_at = now()`,
    [sha256, fileName, code, message])
}
