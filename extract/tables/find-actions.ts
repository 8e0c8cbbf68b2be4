import type { Linear } from '../linearize.ts'
import { readTables } from './read-tables.ts'
import type { ActionDraft } from './tasks.ts'

// The actions of a document's task tables, alone (for callers that need no findings).
export const findActions = (lin: Linear, leafCodes: ReadonlySet<string> | null): ActionDraft[] => readTables(lin).actions(leafCodes)
