import type { ExtractionRecord } from '../schemas/record.ts'
import type { Db } from './db.ts'
import { agencyOf, resolveAgency } from './agency-identity.ts'
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
    const agencyId = agency ? await resolveAgency(tx, agency) : null
    const [doc] = await tx.query<{ id: number }>(
      `INSERT INTO documents (sha256, agency_id, file_name, format, pages, kind, number, number_seq, issuer_code, issuer_name, parent_name,
         province, place, doc_date, doc_year, doc_month, title, assessment_year, signer_name, signer_position, extractor_version, record, text)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23) RETURNING id`,
      [r.source.sha256, agencyId, ...docColumns(r)])
    let renditionOf = await findRendition(tx, r, agencyId)
    if (renditionOf !== null) {
      const [old] = await tx.query<{ format: string }>('SELECT format FROM documents WHERE id = $1', [renditionOf])
      if (FORMAT_RANK[r.source.format] < FORMAT_RANK[old.format]) {
        // The richer rendition (a .docx with its header over a transcription) becomes the document of record.
        await tx.query('UPDATE documents SET rendition_of = $1 WHERE id = $2 OR rendition_of = $2', [doc.id, renditionOf])
        renditionOf = null
      } else await tx.query('UPDATE documents SET rendition_of = $1 WHERE id = $2', [renditionOf, doc.id])
    }
    await writeDerived(tx, doc.id, r, db, true)
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
    const agencyId = agency ? await resolveAgency(tx, agency) : null
    await tx.query(
      `UPDATE documents SET agency_id = $2, file_name = $3, format = $4, pages = $5, kind = $6, number = $7, number_seq = $8, issuer_code = $9,
         issuer_name = $10, parent_name = $11, province = $12, place = $13, doc_date = $14, doc_year = $15, doc_month = $16, title = $17,
         assessment_year = $18, signer_name = $19, signer_position = $20, extractor_version = $21, record = $22, text = $23, updated_at = now()
       WHERE id = $1`, [documentId, agencyId, ...docColumns(r)])
    await writeDerived(tx, documentId, r, db)
    await markAgenciesOfDocumentsStale(tx, [documentId], previous.map((p) => p.agency_id).filter((a): a is number => a !== null))
  })
}

export async function recordFailure(db: Db, sha256: string, fileName: string, code: string, message: string): Promise<void> {
  await db.query(
    `INSERT INTO failures (sha256, file_name, code, message) VALUES ($1, $2, $3, $4)
     ON CONFLICT (sha256) DO UPDATE SET file_name = EXCLUDED.file_name, code = EXCLUDED.code, message = EXCLUDED.message, failed_at = now()`,
    [sha256, fileName, code, message])
}
