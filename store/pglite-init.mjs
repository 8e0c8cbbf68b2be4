// Creates a PGlite data directory (runs initdb) and exits. Run as a child process by
// pglite-db.ts: initdb leaves about 200 MB resident in the process that ran it, which the
// importer would otherwise carry for its whole run.
import { PGlite } from '@electric-sql/pglite'

const db = await PGlite.create({ dataDir: process.argv[2] })
await db.close()
