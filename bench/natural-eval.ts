// Evaluates natural (NLP toolkit) for a job in extraction: telling the paragraphs that state a
// finding (a criterion that lost points, with its reason) from the rest, trained and tested on
// the samples and the development set, leave one document out, against our grammar.
//   npx tsx bench/natural-eval.ts [--dev ../shared/dev] [--gold ../shared/gold]
// A paragraph "states a finding" when it holds the start of a finding's reason in the answer key.
// Ours: the paragraphs holding the reasons of the findings cchc extract gives.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { BayesClassifier, LogisticRegressionClassifier } from 'natural/lib/natural/classifiers/index.js'
import { AggressiveTokenizerVi } from 'natural/lib/natural/tokenizers/index.js'
import { extractFile } from '../pipeline/extract-file.ts'
import { foldAscii } from '../extract/text/normalize.ts'

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt }
const sets = [{ dir: 'samples', gold: arg('--gold', '../shared/gold') }, { dir: arg('--dev', '../shared/dev'), gold: join(arg('--dev', '../shared/dev'), 'gold') }]

interface Para { readonly doc: string; readonly text: string; readonly folded: string; readonly gold: boolean; readonly ours: boolean }
const keyOf = (reason: string) => foldAscii(reason).replace(/\s+/g, ' ').trim().slice(0, 30)
const holds = (folded: string, keys: readonly string[]) => keys.some((k) => k.length >= 8 && folded.includes(k))

const paras: Para[] = []
for (const { dir, gold } of sets) {
  if (!existsSync(dir) || !existsSync(gold)) continue
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.docx'))) {
    const keyFile = join(gold, name.replace(/\.docx$/, '.json'))
    if (!existsSync(keyFile)) continue
    const key = JSON.parse(readFileSync(keyFile, 'utf8')) as { findings: { reason?: string | null }[] }
    const record = await extractFile(new Uint8Array(readFileSync(join(dir, name))), name)
    const goldKeys = key.findings.map((f) => keyOf(f.reason ?? '')), ourKeys = record.findings.map((f) => keyOf(f.reason ?? ''))
    for (const text of record.text.split('\n')) {
      if (text.trim().length < 3) continue
      const folded = foldAscii(text).replace(/\s+/g, ' ')
      paras.push({ doc: name, text, folded, gold: holds(folded, goldKeys), ours: holds(folded, ourKeys) })
    }
  }
}

const tokenizer = new AggressiveTokenizerVi()
const f1 = (pred: (p: Para) => boolean) => {
  let tp = 0, fp = 0, fn = 0
  for (const p of paras) { const y = pred(p); if (y && p.gold) tp++; else if (y) fp++; else if (p.gold) fn++ }
  const pr = tp / (tp + fp || 1), rc = tp / (tp + fn || 1)
  return { precision: pr, recall: rc, f1: (2 * pr * rc) / (pr + rc || 1) }
}
const docs = [...new Set(paras.map((p) => p.doc))]
const leaveOneOut = (make: () => { addDocument(t: string[] | string, l: string): void; train(): void; classify(t: string[] | string): string }, raw = false) => {
  const input = (p: Para) => raw ? p.folded : tokenizer.tokenize(p.folded)
  const predicted = new Map<Para, boolean>()
  for (const doc of docs) {
    const c = make()
    for (const p of paras) if (p.doc !== doc) c.addDocument(input(p), p.gold ? 'finding' : 'other')
    c.train()
    for (const p of paras) if (p.doc === doc) predicted.set(p, c.classify(input(p)) === 'finding')
  }
  return (p: Para) => predicted.get(p) ?? false
}

console.log(`natural-eval: ${paras.length} paragraphs of ${docs.length} documents, ${paras.filter((p) => p.gold).length} stating a finding`)
const row = (label: string, r: ReturnType<typeof f1>) => console.log(`${label.padEnd(44)} P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}`)
row('ours (lexicon + points grammar)', f1((p) => p.ours))
row('natural BayesClassifier, Vietnamese tokens', f1(leaveOneOut(() => new BayesClassifier())))
row('natural BayesClassifier, its own tokens+stems', f1(leaveOneOut(() => new BayesClassifier(), true)))
// natural's LogisticRegressionClassifier trains on dense features: 19 folds did not finish in
// 10 CPU-minutes here; --logistic runs it anyway.
if (process.argv.includes('--logistic')) row('natural LogisticRegression (leave one doc out)', f1(leaveOneOut(() => new LogisticRegressionClassifier())))
console.log('natural AggressiveTokenizerVi on "TCTP 1.1.3 bị trừ 0,5 điểm":', JSON.stringify(tokenizer.tokenize('TCTP 1.1.3 bị trừ 0,5 điểm')))
