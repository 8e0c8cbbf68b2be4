// What a command may touch of the outside world, passed in so tests can capture it.
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown }
  readonly stderr: { write(chunk: string): unknown }
  readonly env: Readonly<Record<string, string | undefined>>
}

export function processIo(): CliIo {
  // `cchc extract … | head` closes the pipe early: that is the reader's choice, not a crash,
  // so stop quietly (as other Unix tools do) instead of dumping an EPIPE stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
  return { stdout: process.stdout, stderr: process.stderr, env: process.env }
}

// One line per problem: messages from parsers may contain line breaks.
export const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ').trim()
