import { Command } from 'commander'
import type { IndexPoint } from '../../store/queries/index.ts'
import type { CliIo } from '../io.ts'
import { KIND_HELP } from '../labels.ts'
import { addStoreOptions, withStore, type StoreFlags } from '../with-store.ts'

// Flags are checked against the query schemas before the store opens: a bad value is one line
// and exit 2 (cli.ts), and no database directory is created for it.
// Loaded when a command runs, not at start: the queries bring zod, the table cli-table3.
const queries = () => import('../../store/queries/index.ts')
const table = async () => ({ ...(await import('../render-table.ts')), ...(await import('../labels.ts')) })

type Flags = StoreFlags & { json?: boolean; criterion?: string; agency?: string; province?: string; year?: string; kind?: string; limit?: string; recurring?: boolean; unresolved?: boolean }

// JSON keeps the stored codes; the table shows them in words (app/labels.ts).
const out = async (io: CliIo, flags: Flags, value: unknown, text: (t: Awaited<ReturnType<typeof table>>) => string) =>
  io.stdout.write(flags.json ? `${JSON.stringify(value, null, 2)}\n` : text(await table()))

export function searchCommand(io: CliIo): Command {
  return addStoreOptions(new Command('search').description('findings by criterion (code or words, diacritics optional) and filters')
    .option('--criterion <code-or-words>', 'e.g. 1.5.3 or "sáng kiến" / "sang kien"')
    .option('--agency <name-or-code>').option('--province <name>').option('--year <assessment-year>').option('--kind <kind>', KIND_HELP)
    .option('--limit <n>', 'rows (default 100)').option('--json', 'print JSON'))
    .action(async (flags: Flags) => {
      const q = await queries()
      const filter = q.FindingFilterSchema.parse({ criterion: flags.criterion, agency: flags.agency, province: flags.province, year: flags.year, kind: flags.kind, limit: flags.limit })
      return withStore(io, flags, async (db) => {
        const r = await q.searchFindings(db, filter)
        await out(io, flags, r, ({ renderTable, labelRow }) => renderTable([
          { key: 'agency', header: 'Cơ quan', width: 28 }, { key: 'province', header: 'Tỉnh', width: 14 }, { key: 'year', header: 'Năm', width: 4 },
          { key: 'code', header: 'Mã', width: 8 }, { key: 'title', header: 'Tiêu chí', width: 44 }, { key: 'deducted', header: 'Trừ', width: 5 },
          { key: 'reason', header: 'Lý do', width: 36 }, { key: 'status', header: 'Khắc phục', width: 15 }, { key: 'documentId', header: 'VB', width: 5 },
        ], r.rows.map(labelRow)) + `${r.rows.length} / ${r.total} phát hiện\n`)
      })
    })
}

export function deficienciesCommand(io: CliIo): Command {
  return addStoreOptions(new Command('deficiencies').description('per agency and criterion: years that lost points, latest remediation')
    .option('--agency <name-or-code>').option('--province <name>')
    .option('--recurring', 'lost points in at least two assessment years')
    .option('--unresolved', 'recurring into the latest assessment year, or reported not done')
    .option('--limit <n>', 'rows (default 1000)').option('--json', 'print JSON'))
    .action(async (flags: Flags) => {
      const q = await queries()
      const filter = q.DeficiencyFilterSchema.parse({ agency: flags.agency, province: flags.province, recurring: flags.recurring, unresolved: flags.unresolved, limit: flags.limit })
      return withStore(io, flags, async (db) => {
        const rows = await q.listDeficiencies(db, filter)
        await out(io, flags, rows, ({ renderTable, labelRow }) => renderTable([
          { key: 'agency', header: 'Cơ quan', width: 28 }, { key: 'province', header: 'Tỉnh', width: 14 }, { key: 'codes', header: 'Mã', width: 12 },
          { key: 'concept', header: 'Tiêu chí', width: 48 }, { key: 'years', header: 'Năm bị trừ', width: 20 }, { key: 'lossCount', header: 'Số lần', width: 6 },
          { key: 'latestStatus', header: 'Khắc phục', width: 15 }, { key: 'recurring', header: 'Lặp lại', width: 7 }, { key: 'unresolved', header: 'Chưa xử lý', width: 10 },
        ], rows.map(labelRow)) + `${rows.length} dòng\n`)
      })
    })
}

export function showCommand(io: CliIo, setStatus: (code: number) => void): Command {
  return addStoreOptions(new Command('show').description('one document: its record and the passages that prove each fact')
    .argument('<doc>', 'document id, SHA-256 (prefix), file name or document number').option('--json', 'print JSON'))
    .action(async (ref: string, flags: Flags) => withStore(io, flags, async (db) => {
      const view = await (await queries()).showDocument(db, ref)
      if (!view) { io.stderr.write(`${ref}: not found\n`); setStatus(1); return }
      const r = view.record
      await out(io, flags, view, ({ kindLabel, PASSAGE_LABELS }) => [
        `#${view.id} ${view.fileName} (${r.source.format})${view.renditionOf ? ` — bản khác định dạng của #${view.renditionOf}` : ''}`,
        `Loại: ${kindLabel(r.kind)} · Số: ${r.number?.normalized ?? '(không số)'} · Cơ quan ban hành: ${r.issuer?.name ?? '?'} · Tỉnh: ${r.province ?? '—'} · Ngày: ${r.date?.iso ?? r.date?.raw ?? '—'}`,
        `Trích yếu: ${r.title ?? ''}`,
        `Năm đánh giá: ${r.assessmentYear ?? '—'} · Người ký: ${[r.signer?.authority, r.signer?.position, r.signer?.name].filter(Boolean).join(' / ') || '—'}`,
        `Nơi nhận: ${r.recipients.join('; ')}`, '', 'Căn cứ trong văn bản:',
        ...view.passages.map((p) => `  ${PASSAGE_LABELS[p.kind] ?? p.kind} ${p.label}: ${p.excerpt}`),
        ...r.warnings.map((w) => `  ${PASSAGE_LABELS.warning} ${w.code}: ${w.message}`), ''].join('\n'))
    }))
}

export function statsCommand(io: CliIo): Command {
  return addStoreOptions(new Command('stats').description('what the store holds').option('--json', 'print JSON'))
    .action(async (flags: Flags) => withStore(io, flags, async (db) => {
      const s = await (await queries()).storeStats(db)
      await out(io, flags, s, ({ statsLines }) => `${statsLines(s).join('\n')}\n`)
    }))
}

// "2017: 83,75/90 (93,06%) hạng 19/19 Tốt"
const vn = (n: number | null) => (n === null ? '?' : String(n).replace('.', ','))
const indexText = (i: IndexPoint) => `${i.year}: ${vn(i.points)}${i.max !== null ? `/${vn(i.max)}` : ''}${i.percent !== null ? ` (${vn(i.percent)}%)` : ''}` +
  `${i.rank !== null ? ` hạng ${i.rank}${i.rankOf !== null ? `/${i.rankOf}` : ''}` : ''}${i.class ? ` ${i.class}` : ''}`

export function agenciesCommand(io: CliIo): Command {
  return addStoreOptions(new Command('agencies').description('agencies with their assessment years and PAR index series')
    .option('--province <name>').option('--json', 'print JSON'))
    .action(async (flags: Flags) => {
      const q = await queries()
      const filter = q.AgencyFilterSchema.parse({ province: flags.province })
      return withStore(io, flags, async (db) => {
        const rows = await q.listAgencies(db, filter)
        await out(io, flags, rows, ({ renderTable }) => renderTable([
          { key: 'name', header: 'Cơ quan', width: 32 }, { key: 'province', header: 'Tỉnh', width: 14 }, { key: 'documents', header: 'Số VB', width: 5 },
          { key: 'years', header: 'Năm đánh giá', width: 24 }, { key: 'series', header: 'Chỉ số CCHC', width: 60 },
        ], rows.map((r) => ({ ...r, series: r.index.map(indexText).join('; ') }))) + `${rows.length} cơ quan\n`)
      })
    })
}
