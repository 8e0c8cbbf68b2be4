import { Command } from 'commander'
import type { ExportFormat } from '../export-findings.ts'
import type { CliIo } from '../io.ts'
import { KIND_HELP } from '../labels.ts'
import { addStoreOptions, withStore, type StoreFlags } from '../with-store.ts'

type Flags = StoreFlags & { format: string; out: string; criterion?: string; agency?: string; province?: string; year?: string; kind?: string }

export function exportCommand(io: CliIo, setStatus: (code: number) => void): Command {
  return addStoreOptions(new Command('export').description('export findings (with the search filters) to .xlsx, .csv or .json')
    .requiredOption('--format <format>', 'xlsx | csv | json')
    .requiredOption('--out <file>', 'output file')
    .option('--criterion <code-or-words>').option('--agency <name-or-code>').option('--province <name>').option('--year <year>').option('--kind <kind>', KIND_HELP))
    .action(async (flags: Flags) => {
      if (!['xlsx', 'csv', 'json'].includes(flags.format)) { io.stderr.write(`cchc: invalid value for --format: must be xlsx, csv or json\n`); setStatus(2); return }
      const [{ searchFindings, FindingFilterSchema }, { writeExport }] = await Promise.all([import('../../store/queries/index.ts'), import('../export-findings.ts')])
      const filter = FindingFilterSchema.parse({ criterion: flags.criterion, agency: flags.agency, province: flags.province, year: flags.year, kind: flags.kind, limit: 100_000 })
      await withStore(io, flags, async (db) => {
        const { rows, total } = await searchFindings(db, filter)
        await writeExport(rows, flags.format as ExportFormat, flags.out)
        io.stdout.write(`${rows.length} of ${total} findings written to ${flags.out}\n`)
      })
    })
}
