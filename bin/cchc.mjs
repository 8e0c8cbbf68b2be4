#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: tsx's ESM hooks are registered for this
// process, then app/cli.ts is loaded. Paths resolve from this file, so any cwd works.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../app/cli.ts')
const { processIo } = await import('../app/io.ts')
process.exitCode = await main(process.argv.slice(2), processIo())
