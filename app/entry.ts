import { main } from './cli.ts'
import { processIo } from './io.ts'

// The CLI as a process: bin/cchc.mjs runs this module (compiled, or through tsx).
process.exitCode = await main(process.argv.slice(2), processIo())
