import { Command } from 'commander'
import type { CliIo } from '../io.ts'
import { addStoreOptions, withStore, type StoreFlags } from '../with-store.ts'

export function criteriaCommand(io: CliIo, setStatus: (code: number) => void): Command {
  const c = new Command('criteria').description('criterion concepts across frameworks, and user links')
  c.addCommand(addStoreOptions(new Command('list').description('concepts with their codes, finding counts and lowest link confidence')
    .argument('[query]', 'code or words').option('--json', 'print JSON'))
    .action(async (q: string | undefined, flags: StoreFlags & { json?: boolean }) => withStore(io, flags, async (db) => {
      const rows = await (await import('../../store/relink.ts')).listConcepts(db, q)
      io.stdout.write(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : (await import('../render-table.ts')).renderTable([
        { key: 'id', header: 'ID', width: 6 }, { key: 'codes', header: 'Mã', width: 20 }, { key: 'label', header: 'Tiêu chí', width: 70 },
        { key: 'findings', header: 'Số phát hiện', width: 12 }, { key: 'minConfidence', header: 'Độ tin cậy thấp nhất', width: 8 }], rows))
    })))
  c.addCommand(addStoreOptions(new Command('link').description('confirm or override the concept of a finding; survives re-import')
    .argument('<finding-id>', 'finding id (see search --json)')
    .option('--concept <id>', 'link to this existing concept').option('--new <label>', 'link to a new concept with this label'))
    .action(async (id: string, flags: StoreFlags & { concept?: string; new?: string }) => {
      if (!/^\d+$/.test(id) || (flags.concept === undefined) === (flags.new === undefined) || (flags.concept && !/^\d+$/.test(flags.concept))) {
        io.stderr.write('criteria link: give a numeric finding id and exactly one of --concept <id> or --new <label>\n'); setStatus(2); return
      }
      await withStore(io, flags, async (db) => {
        try {
          const { linkFindingByUser } = await import('../../store/relink.ts')
          const concept = await linkFindingByUser(db, Number(id), { conceptId: flags.concept ? Number(flags.concept) : undefined, newLabel: flags.new })
          io.stdout.write(`finding ${id} → concept ${concept} (user link)\n`)
        } catch (e) { io.stderr.write(`${(e as Error).message}\n`); setStatus(1) }
      })
    }))
  return c
}
