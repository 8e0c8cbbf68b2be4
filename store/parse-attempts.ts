import type { Db } from './db.ts'

// How many parses of one upload were begun and never answered (their process died mid-parse).
export async function unfinishedParses(db: Db, sha256: string): Promise<number> {
  const [row] = await db.query<{ started: number }>('SELECT started FROM parse_attempts WHERE sha256 = $1', [sha256])
  return row?.started ?? 0
}

// Written (committed) before the bytes go to the parser.
export async function beginParse(db: Db, sha256: string): Promise<void> {
  await db.query(`INSERT INTO parse_attempts (sha256, started) VALUES ($1, 1)
    ON CONFLICT (sha256) DO UPDATE SET started = parse_attempts.started + 1, last_started_at = now()`, [sha256])
}

// The parser answered: whatever happens next, this attempt did not kill its process.
export async function endParse(db: Db, sha256: string): Promise<void> {
  await db.query('DELETE FROM parse_attempts WHERE sha256 = $1', [sha256])
}
