// What the generator knows about what it wrote (truth.json) and the layout model that the
// docx, pdf and md writers render.

export type DocFormat = 'docx' | 'pdf' | 'md'
export type DocKind = 'ke_hoach' | 'bao_cao'
export type RemediationStatus = 'done' | 'in_progress' | 'not_done'

export interface TruthAgency { key: string; name: string; province: string; code: string }

export interface TruthFinding {
  code: string
  title: string
  deducted: number
  max: number
  achieved: number
  conceptId: string
}

export interface TruthOverall { achieved: number; max: number; percent: number; rank: number; rankOf: number }

export interface TruthDocument {
  file: string // relative to outDir
  format: DocFormat
  agency: TruthAgency
  kind: DocKind
  number: string // "1073/KH-SNgV"
  date: string // ISO yyyy-mm-dd
  assessmentYear: number
  variant: number // 0 for the first document of an agency-year, then 1, 2, … (--count cycles)
  overall: TruthOverall
  findings: TruthFinding[]
  remediation?: { code: string; conceptId: string; status: RemediationStatus }[]
}

export interface TruthRecurring { agency: TruthAgency; conceptId: string; years: number[]; codes: string[] }

export interface CorpusTruth {
  seed: number
  years: number[]
  agencies: TruthAgency[]
  documents: TruthDocument[]
  recurring: TruthRecurring[]
}

// ---- layout model -------------------------------------------------------------------------

export interface Run { text: string; bold?: boolean; italic?: boolean }

export type Block =
  | { t: 'header'; left: readonly string[]; right: readonly string[]; number: string; placeDate: string }
  | { t: 'heading'; text: string; level: 1 | 2 | 3; center?: boolean; styled?: boolean; italic?: boolean }
  | { t: 'para'; runs: Run[]; indent?: boolean; center?: boolean; bullet?: boolean; italic?: boolean }
  | { t: 'table'; widths: number[]; head: string[][]; rows: string[][][] }
  | { t: 'closing'; recipients: string[]; signer: { lines: string[]; signed: boolean; name: string } }
  | { t: 'landscape' }

export interface Composed { blocks: Block[]; title: string }
