import type { RecordWarning } from '../../schemas/record.ts'
import type { Linear } from '../linearize.ts'
import { classifyColumns, type Columns } from './columns.ts'
import { readRankingRows, type RankingRow } from './ranking.ts'
import { readScoringRows, type ScoringRow } from './scoring.ts'
import { readTaskRows, type ActionDraft } from './tasks.ts'

// Every data table of a document, read by the roles of its columns.

export interface TablesRead {
  readonly scoring: readonly ScoringRow[]
  readonly ranking: readonly RankingRow[]
  readonly columns: readonly Columns[]
  readonly warnings: readonly RecordWarning[]
  // task rows need the document's leaf criteria, known only once findings are read
  actions(leafCodes: ReadonlySet<string> | null): ActionDraft[]
}

export function readTables(lin: Linear): TablesRead {
  const columns: Columns[] = []
  for (const t of lin.tables) if (t.role === 'data' && t.rows.length > 0) columns.push(classifyColumns(t, columns[columns.length - 1]))
  const warnings: RecordWarning[] = []
  for (const c of columns) {
    if (c.kinds.size === 0) continue
    for (const u of c.unknown) {
      const unit = c.grid.rows[0]?.[u.col]?.units.find((x) => x.text)
      warnings.push({ code: 'unknown_column', span: unit ? [unit.start, unit.end] : null,
        message: u.heading ? `column "${u.heading}" is not a heading the lexicon knows; ${u.inferred ? `read as ${u.inferred} from its cells` : 'its cells are ignored'}`
          : `a column without a heading ${u.inferred ? `read as ${u.inferred} from its cells` : 'is ignored'}` })
    }
  }
  return {
    scoring: columns.filter((c) => c.kinds.has('scoring')).flatMap(readScoringRows),
    ranking: columns.filter((c) => c.kinds.has('ranking')).flatMap(readRankingRows),
    columns,
    warnings,
    actions(leafCodes) {
      const out: ActionDraft[] = []
      let owner: string | null = null
      let lastHeadings = ''
      for (const c of columns) {
        if (!c.kinds.has('tasks')) continue
        // a table continued after a page or section break repeats its header; its group owner carries on
        const headings = c.headings.join('|')
        const read = readTaskRows(c, leafCodes, headings === lastHeadings ? owner : null)
        lastHeadings = headings
        owner = read.owner
        out.push(...read.actions)
      }
      return out
    },
  }
}
