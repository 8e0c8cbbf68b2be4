import { Command } from 'commander'
import { EXTRACTOR_VERSION } from '../../extract/version.ts'
import { oneLine, type CliIo } from '../io.ts'
import { addStoreOptions, withStore, type StoreFlags } from '../with-store.ts'

export function reextractCommand(io: CliIo, setStatus: (code: number) => void): Command {
  return addStoreOptions(new Command('reextract').description('re-run the current extractor over the stored original files')
    .option('--changed', `only documents made by an extractor other than ${EXTRACTOR_VERSION}`))
    .action(async (flags: StoreFlags & { changed?: boolean }) => {
      // The pipeline loads when the command runs, not at the CLI's start.
      const [{ reextractStored }, { createWorkerPool }, { loadConfig }, { loadStoreConfig, storeDefaults }] = await Promise.all([
        import('../../pipeline/reextract.ts'), import('../../pipeline/worker-pool.ts'), import('../config.ts'), import('../store-config.ts')])
      const pool = createWorkerPool(loadConfig({ env: io.env, defaults: storeDefaults(loadStoreConfig(io.env, flags)) }))
      try {
        await withStore(io, flags, async (db) => {
          const s = await reextractStored(db, pool, EXTRACTOR_VERSION, Boolean(flags.changed))
          io.stdout.write(`re-extracted ${s.updated} of ${s.considered} documents with extractor ${EXTRACTOR_VERSION}\n`)
          for (const f of s.failed) io.stderr.write(`${f.fileName}: ${f.code}: ${oneLine(f.message)}\n`)
          if (s.failed.length) setStatus(1)
        }, 'write')
      } finally { await pool.close() }
    })
}
