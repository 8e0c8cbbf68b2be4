// Worker entry. Node 20 does not run `--import` hooks passed in a Worker's execArgv before
// the worker's own entry, and hooks registered in the parent thread are not inherited, so a
// .ts entry fails with ERR_UNKNOWN_FILE_EXTENSION. Registering tsx here works the same under
// the tsx CLI, bin/cchc.mjs and vitest.
import { register } from 'tsx/esm/api'

register()
await import('./extract-worker.ts')
