import type { Command } from 'commander'
import { ConfigError, loadConfig, type Config } from './config.ts'
import type { CliIo } from './io.ts'
import type { ParserFlags } from './parser-options.ts'

// Apart from parser-options.ts (the flags' definitions) because it loads zod: a command reads its
// configuration when it runs, not when the CLI starts.
// Flags over CCHC_* variables over defaults; a bad value is a usage error (exit 2) naming it.
export function parserConfig(io: CliIo, flags: ParserFlags, command: Command, defaults: Partial<Config> = {}): Config {
  try {
    return loadConfig({ env: io.env, cli: { concurrency: flags.concurrency, timeoutMs: flags.timeoutMs, maxBytes: flags.maxBytes, memoryMb: flags.memoryMb, ocrMaxPages: flags.ocrMaxPages }, defaults })
  } catch (e) {
    if (e instanceof ConfigError) command.error(`error: ${e.message}`, { exitCode: 2, code: 'cchc.config' })
    throw e
  }
}
