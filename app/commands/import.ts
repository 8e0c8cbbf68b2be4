import { Command } from 'commander'
import type { CliIo } from '../io.ts'
import { addParserOptions, type ParserFlags } from '../parser-options.ts'
import { addStoreOptions, type StoreFlags } from '../with-store.ts'

export interface ImportFlags extends StoreFlags, ParserFlags { quiet?: boolean }

const HELP_AFTER = `
Imports .docx/.doc/.pdf/.md/.txt/.html files and scans (.pdf, .png/.jpg/.tif) from files and folders
(recursively) into the store, one transaction
per document. Importing again adds nothing: known content is recognized by its SHA-256 before
parsing (the same file under another name is reported as a duplicate). Ctrl-C stops after the
files in progress; run the same command again to resume. At the end: a summary and one line per
failed file (FILE: code: message). Exit status 0 if every file was stored or already known, 1 otherwise.`

export function importCommand(io: CliIo, setStatus: (code: number) => void): Command {
  const c = addParserOptions(new Command('import')
    .description('import documents into the store (embedded by default)')
    .argument('<path...>', 'files or folders')
    .option('-q, --quiet', 'no progress output')
    .addHelpText('after', HELP_AFTER))
    .action(async (paths: string[], flags: ImportFlags, command: Command) => {
      // The pipeline, the store and the progress bar load here, when an import runs.
      const [{ runImport }, { parserConfig }, { loadStoreConfig, storeDefaults }] = await Promise.all([
        import('./import-run.ts'), import('../parser-config.ts'), import('../store-config.ts')])
      const config = parserConfig(io, flags, command, storeDefaults(loadStoreConfig(io.env, flags)))
      setStatus(await runImport(paths, flags, config, io))
    })
  return addStoreOptions(c)
}
