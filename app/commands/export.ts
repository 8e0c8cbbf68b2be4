import { Command } from 'commander'
import type { ExportFormat } from '../export-findings.ts'
import type { CliIo } from '../io.ts'
import { addStoreOptions, withStore, type StoreFlags } from '../with-store.ts'

type Flags = StoreFlags & { format: string; out: string; criterion?: string; agency?: string; province?: string; year?: string; kind?: string }

export function exportCommand(io: CliIo, setStatus: (code: number) => void): Command {
  return addStoreOptions(new Command('export').description('export findings (with the search filters) to .xlsx, .csv or .json')
    .requiredOption('--format <format>', 'xlsx | csv | json')
    .requiredOption('--out <file>', 'output file')
    .option('--criterion <code-or-words>').option('--agency <name-or-code>').option('--province <name>').option('--year <year>').option('--kind <kind>'))
    .action(async (flags: Flags) => {
      if (!['xlsx', 'csv', 'json'].includes(flags.format)) { io.stderr.write(`--format ${flags.format}: must be xlsx, csv or json\n`); setStatus(2); return }
      await withStore(io, flags, async (db) => {
        const [{ searchFindings }, { writeExport }] = await Promise.all([import('../../store/queries/index.ts'), import('../export-findings.ts')])
        const { rows, total } = await searchFindings(db, { criterion: flags.criterion, agency: flags.agency, province: flags.province,
          year: flags.year as unknown as number, kind: flags.kind, limit: 100_000 })
        await writeExport(rows, flags.format as ExportFormat, flags.out)
        io.stdout.write(`${rows.length} of ${total} findings written to ${flags.out}\n`)
      })
    })
}
