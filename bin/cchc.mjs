#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: app/entry.ts is compiled to one cached
// JavaScript file (pipeline/compile.mjs) and loaded; if that is impossible, it is loaded through
// tsx's ESM hooks instead. Paths resolve from this file, so any cwd works.
import { compileEntry } from '../pipeline/compile.mjs'

const entry = new URL('../app/entry.ts', import.meta.url)
const compiled = process.env.CCHC_NO_COMPILE ? null : await compileEntry(entry, 'cli')
if (compiled) await import(compiled.href)
else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(entry.href)
}
