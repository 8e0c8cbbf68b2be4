import { readFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import type { Rng } from './prng.ts'

// Seed inputs in every format the CLI reads, and seeded mutations of them: what a careless
// user or an attacker hands the pipeline. Same seed → same mutated files.

export interface Seed { readonly name: string; readonly ext: string; readonly bytes: Buffer; readonly weight: number }

export function loadSeeds(repo: string): Seed[] {
  const file = (rel: string, weight = 1): Seed => {
    const bytes = readFileSync(join(repo, rel))
    return { name: basename(rel, extname(rel)), ext: extname(rel), bytes, weight }
  }
  const plans = ['kh-95-sngv-quangtri-2019', 'kh-119-ubnd-tinhbien-2017', 'bc-sngv-quangngai-2020-9thang']
  const md = readFileSync(join(repo, 'samples/kh-95-sngv-quangtri-2019.md'))
  const html = Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><pre>${md.toString('utf8').replace(/</g, '&lt;')}</pre>` +
    '<table><tr><td>TT</td><td>Nội dung</td><td>Điểm</td></tr><tr><td>1.7</td><td>Sáng kiến</td><td>0/2</td></tr></table></body></html>')
  return [
    ...plans.flatMap((p) => [file(`samples/${p}.docx`), file(`samples/${p}.pdf`), file(`samples/${p}.md`)]),
    file('test/fixtures/legacy/vni/kh-95-sngv-quangtri-2019.doc'), file('test/fixtures/legacy/tcvn3/kh-119-ubnd-tinhbien-2017.doc'),
    // letters drawn from a second font (pdf-weave)
    file('test/fixtures/renditions/libreoffice-liberation-pdf/kh-119-ubnd-tinhbien-2017.pdf'),
    { name: 'kh-95-text', ext: '.txt', bytes: md, weight: 1 },
    { name: 'kh-95-web', ext: '.html', bytes: html, weight: 1 },
    // OCR costs seconds a page: scans are a small share of the mix.
    file('test/fixtures/scans/kh-1073-header-rot90.png', 0.15),
  ]
}

export function pickSeed(rng: Rng, seeds: readonly Seed[]): Seed {
  let r = rng.next() * seeds.reduce((s, x) => s + x.weight, 0)
  for (const s of seeds) { r -= s.weight; if (r < 0) return s }
  return seeds[seeds.length - 1]!
}

const INTERESTING = [0x00, 0xff, 0x7f, 0x80, 0x01, 0xfe, 0x20, 0x0a, 0x3c, 0x25]
// Structure tokens repeated thousands of times: deep nesting and huge tables for each parser.
const STRUCTURE = ['<table><tr><td>', '<div>', '| a | b |\n', '[', '<<', '(', '\r', '\u0000', '# ', '\t', 'obj\n', '\uFEFF', '>'.repeat(3)]

type Mutation = (rng: Rng, b: Buffer, other: Buffer) => Buffer

// A position in the file; mostly past the first bytes, since a broken signature only reaches
// format detection, not the parsers behind it.
const at = (rng: Rng, b: Buffer): number => (b.length === 0 ? 0 : rng.int(b.length > 64 && rng.chance(0.9) ? 16 : 0, b.length - 1))

const MUTATIONS: Record<string, Mutation> = {
  flipBits(rng, b) { const c = Buffer.from(b); for (let i = rng.int(1, 16); i > 0 && c.length; i--) c[at(rng, c)]! ^= 1 << rng.int(0, 7); return c },
  overwrite(rng, b) {
    const c = Buffer.from(b); const start = at(rng, c)
    for (let i = start; i < Math.min(c.length, start + rng.int(1, 64)); i++) c[i] = rng.chance(0.5) ? rng.pick(INTERESTING) : rng.int(0, 255)
    return c
  },
  truncate: (rng, b) => b.subarray(0, at(rng, b)),
  deleteChunk(rng, b) { const s = at(rng, b); return Buffer.concat([b.subarray(0, s), b.subarray(s + rng.int(1, 4096))]) },
  duplicateChunk(rng, b) { const s = at(rng, b); const chunk = b.subarray(s, s + rng.int(1, 8192)); const d = at(rng, b); return Buffer.concat([b.subarray(0, d), chunk, chunk, b.subarray(d)]) },
  insertRandom(rng, b) { const d = at(rng, b); return Buffer.concat([b.subarray(0, d), Buffer.from(Array.from({ length: rng.int(1, 512) }, () => rng.int(0, 255))), b.subarray(d)]) },
  splice: (rng, b, other) => Buffer.concat([b.subarray(0, at(rng, b)), other.subarray(at(rng, other))]),
  repeatStructure(rng, b) { const d = at(rng, b); return Buffer.concat([b.subarray(0, d), Buffer.from(rng.pick(STRUCTURE).repeat(rng.int(100, 20_000))), b.subarray(d)]) },
}
const NAMES = Object.keys(MUTATIONS)

// One to four mutations of the seed; the list of those applied names the case in a report.
export function mutate(rng: Rng, seed: Seed, other: Seed): { bytes: Buffer; applied: string[] } {
  let bytes = seed.bytes
  const applied: string[] = []
  for (let i = rng.int(1, 4); i > 0; i--) {
    const name = rng.pick(NAMES)
    bytes = MUTATIONS[name]!(rng, bytes, other.bytes)
    applied.push(name)
  }
  return { bytes, applied }
}
