// Shapes of the page's own read endpoints (web/routes.ts), shared by server and browser code.
export interface AgencySummary {
  id: number; name: string; province: string | null; documents: number; findings: number
  firstYear: number | null; lastYear: number | null
}

export interface GridCell { year: number; deducted: number | null; count: number }
export interface GridRow {
  key: string // 'c<conceptId>' or 'k<code or folded title>' for findings not linked to a concept
  conceptId: number | null; label: string; codes: string[]; cells: GridCell[]
  recurring: boolean; unresolved: boolean; latestStatus: string | null
}
export interface IndexPoint { year: number; points: number | null; max: number | null; percent: number | null; rank: number | null; rankOf: number | null; class: string | null; source: 'ranking' | 'own'; documentId: number }
// `index`: the agency's PAR index per assessment year (from rankings of many agencies, or its own report)
export interface AgencyGrid { agency: { id: number; name: string; province: string | null }; years: number[]; rows: GridRow[]; index: IndexPoint[] }

export interface CellFinding {
  findingId: number; documentId: number; number: string | null; fileName: string; year: number | null
  code: string | null; title: string | null; deducted: number | null; max: number | null; achieved: number | null
  reason: string | null; status: string; spanStart: number | null; spanEnd: number | null
  before: string; evidence: string; after: string
}

export interface CitedDocument { number: string; spanStart: number | null; documentId: number | null }

export interface CriterionSuggestion { id: number; label: string; codes: string[] }
