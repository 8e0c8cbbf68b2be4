import type { Db } from '../store/db.ts'
import { refreshAllDeficiencies } from '../store/deficiency-summary.ts'
import { relinkIfStale } from '../store/relink-concepts.ts'

// Fills a store with a large synthetic history for query benchmarks: agencies × years documents,
// each with many findings over a catalogue of concepts, inserted set-wise in SQL (fast, bounded).
export async function seedFindings(db: Db, o: { agencies: number; years: number; findingsPerDoc: number; concepts: number }): Promise<number> {
  await db.exec(`
    INSERT INTO criteria (label, label_key)
      SELECT 'Tiêu chí số ' || g || (CASE WHEN g % 50 = 0 THEN ' sáng kiến cải cách' ELSE ' công tác chỉ đạo' END),
             'tieu chi so ' || g || (CASE WHEN g % 50 = 0 THEN ' sang kien cai cach' ELSE ' cong tac chi dao' END)
      FROM generate_series(1, ${o.concepts}) g;
    INSERT INTO criterion_variants (concept_id, code, title_key, title, first_year, last_year)
      SELECT id, (1 + id % 7) || '.' || (1 + id % 5) || '.' || id, label_key, label, 2015, 2024 FROM criteria;
    INSERT INTO agencies (province, name, name_key, code)
      SELECT 'Tỉnh ' || (g % 5), 'Sở thử nghiệm ' || g, 'so thu nghiem ' || g, 'STN' || g FROM generate_series(1, ${o.agencies}) g;
    INSERT INTO agency_aliases (agency_id, alias_key) SELECT id, name_key FROM agencies;
    INSERT INTO blobs (sha256, bytes, size)
      SELECT md5('b' || a.id || '-' || y) || md5('c' || a.id || '-' || y), '\\x00', 1
      FROM agencies a, generate_series(2015, ${2014 + o.years}) y;
    INSERT INTO documents (sha256, file_name, format, kind, number, agency_id, issuer_name, province, doc_year, assessment_year,
                           title, extractor_version, record, text)
      SELECT md5('b' || a.id || '-' || y) || md5('c' || a.id || '-' || y), 'kh-' || a.id || '-' || y || '.docx', 'docx', 'ke_hoach',
             (a.id * 100 + y) || '/KH-' || a.code, a.id, a.name, a.province, y + 1, y, 'Kế hoạch nâng cao chỉ số CCHC năm ' || (y + 1),
             'bench', '{"findings":[],"scores":[],"actions":[],"references":[],"warnings":[],"recipients":[]}', 'văn bản thử nghiệm'
      FROM agencies a, generate_series(2015, ${2014 + o.years}) y;
    INSERT INTO findings (document_id, finding_key, code, title, title_key, deducted, max, achieved, reason, status, concept_id, link_confidence, link_method)
      SELECT d.id, 'k' || k, v.code, c.label, c.label_key, 0.5, 1, 0.5, 'Do chưa hoàn thành kế hoạch',
             (ARRAY['unknown','done','in_progress','not_done'])[1 + (d.id + k) % 4], c.id, 1, 'code'
      FROM documents d CROSS JOIN generate_series(1, ${o.findingsPerDoc}) k
      JOIN criteria c ON c.id = 1 + ((k * 7919 + d.id * 31 + d.doc_year) % ${o.concepts})
      JOIN criterion_variants v ON v.concept_id = c.id
      ON CONFLICT DO NOTHING;
    ANALYZE;`)
  // As an import ends: concepts regrouped (a new store is marked for it), then every agency's rows,
  // so a read afterwards measures the read, not the one-time regrouping.
  await relinkIfStale(db)
  await refreshAllDeficiencies(db)
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM findings')
  return n
}
