import { Command } from 'commander'
import type { CliIo } from '../io.ts'
import { addParserOptions, type ParserFlags } from '../parser-options.ts'

export interface ExtractFlags extends ParserFlags {
  out?: string
  pretty?: boolean
}

const HELP_AFTER = `
Output:
  With --out DIR, each input is written to DIR/<name-without-extension>.json (atomically:
  no half-written file ever exists); if two inputs share a name, later ones are written
  as <name>.<ext>.json. Without --out, records go to stdout in input order: one JSON
  document for a single input, JSON Lines (one record per line) for several; --pretty
  indents (several inputs then give indented documents one after another, as jq reads).
  A directory argument is expanded recursively to its .docx/.pdf/.md/.txt/.html files and
  scanned pages (.png/.jpg/.tif, read by OCR).
  Every input that cannot be extracted prints one line on stderr, FILE: code: message,
  and the others go on.

Exit status: 0 all inputs extracted, 1 some input failed, 2 usage error.
Environment: CCHC_MAX_BYTES, CCHC_MAX_UNZIPPED_BYTES, CCHC_TIMEOUT_MS, CCHC_MEMORY_MB,
  CCHC_CONCURRENCY, CCHC_OCR_MAX_PAGES (flags take precedence).`

export function extractCommand(io: CliIo, setStatus: (code: number) => void): Command {
  return addParserOptions(new Command('extract')
    .description('extract one record per document (.docx, .doc, .pdf, .md, .txt, .html; scans by OCR)')
    .argument('<file...>', 'documents or directories')
    .option('-o, --out <dir>', 'write <name>.json files into this directory (created if missing)')
    .option('--pretty', 'indent the JSON')
    .addHelpText('after', HELP_AFTER))
    .action(async (files: string[], flags: ExtractFlags, command: Command) => {
      const [{ runExtract }, { parserConfig }] = await Promise.all([import('./extract-run.ts'), import('../parser-config.ts')])
      const config = parserConfig(io, flags, command)
      setStatus(await runExtract(files, flags, config, io))
    })
}
