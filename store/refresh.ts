import type { Db } from './db.ts'
import { refreshStaleDeficiencies } from './deficiency-summary.ts'
import { relinkIfStale } from './relink-concepts.ts'

// Brings what writes only marked stale up to date before a read (and at the end of an import):
// first the criterion concepts, then the deficiency rows of the agencies they touched.
export async function refreshDerived(db: Db): Promise<void> {
  await relinkIfStale(db)
  await refreshStaleDeficiencies(db)
}
