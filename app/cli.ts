import { Command, CommanderError } from 'commander'
import { EXTRACTOR_VERSION } from '../extract/version.ts'
import { extractCommand } from './commands/extract.ts'
import { importCommand } from './commands/import.ts'
import { agenciesCommand, deficienciesCommand, searchCommand, showCommand, statsCommand } from './commands/query-commands.ts'
import { exportCommand } from './commands/export.ts'
import { criteriaCommand } from './commands/criteria.ts'
import { reextractCommand } from './commands/reextract.ts'
import { serveCommand } from './commands/serve.ts'
import { workerCommand } from './commands/worker.ts'
import { jobsCommand } from './commands/jobs.ts'
import type { CliIo } from './io.ts'

export { type CliIo } from './io.ts'

// Exit codes: 0 every input succeeded, 1 some input failed, 2 the command line was wrong.
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2 })

export function buildProgram(io: CliIo, setStatus: (code: number) => void): Command {
  const program = new Command('cchc')
    .description('Extract facts from Vietnamese public-administration-reform (CCHC) documents')
    .version(EXTRACTOR_VERSION)
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .exitOverride()
    .showSuggestionAfterError()
  // A command built with `new Command()` does not inherit exitOverride/output settings by itself.
  for (const c of [extractCommand(io, setStatus), importCommand(io, setStatus), searchCommand(io), deficienciesCommand(io), agenciesCommand(io),
    showCommand(io, setStatus), statsCommand(io), exportCommand(io, setStatus), criteriaCommand(io, setStatus), reextractCommand(io, setStatus),
    serveCommand(io, setStatus), workerCommand(io, setStatus), jobsCommand(io, setStatus)]) {
    program.addCommand(c.copyInheritedSettings(program))
  }
  return program
}

// Runs one command line and returns the exit code; never calls process.exit, so output is
// flushed normally and tests can call it in-process.
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let status: number = EXIT.ok
  const program = buildProgram(io, (code) => { status = code })
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return status
  } catch (e) {
    // Commander already printed its one-line message (or the help text).
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage
    // A flag value the query schemas refuse (--year abc): one line naming the flag, a usage error.
    const issues = (e as { name?: string; issues?: { path: PropertyKey[]; message: string }[] }).issues
    if ((e as { name?: string }).name === 'ZodError' && issues?.length) {
      io.stderr.write(`cchc: invalid value for --${String(issues[0].path[0] ?? '?')}: ${issues[0].message}\n`)
      return EXIT.usage
    }
    // A store setting that cannot be used (--database-url mysql://…): a usage error too.
    if ((e as { name?: string }).name === 'ConfigError') {
      io.stderr.write(`cchc: ${(e as Error).message}\n`)
      return EXIT.usage
    }
    io.stderr.write(`cchc: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    return EXIT.failed
  }
}
