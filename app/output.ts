import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import type { ExtractionRecord } from '../schemas/record.ts'

export const toJson = (record: ExtractionRecord, pretty: boolean): string => JSON.stringify(record, null, pretty ? 2 : undefined)

// `<name-without-extension>.json` per input. When two inputs would share a name (the same
// document as .docx and .pdf, or equal names in different folders) the first keeps it and the
// later ones get their extension, then a counter, appended: no output overwrites another.
export function outputNames(paths: readonly string[]): string[] {
  const taken = new Set<string>()
  const claim = (name: string): boolean => {
    const key = name.toLowerCase() // case-insensitive file systems (macOS, Windows)
    if (taken.has(key)) return false
    taken.add(key)
    return true
  }
  return paths.map((p) => {
    const ext = extname(p)
    const stem = basename(p, ext) || basename(p)
    const candidates = [`${stem}.json`, `${stem}${ext}.json`]
    for (const c of candidates) if (claim(c)) return c
    for (let n = 2; ; n++) if (claim(`${stem}${ext}-${n}.json`)) return `${stem}${ext}-${n}.json`
  })
}

// The output directory must be a directory this process can write to, or creatable as one;
// anything else fails here, once, before any input is read. Not `mkdir -p` (mkdir with
// `recursive`): under /proc it retries for ever. Each missing level is made on its own, so
// every refusal is a plain error, then a probe file proves the directory takes files.
export async function prepareOutDir(dir: string): Promise<void> {
  const missing: string[] = []
  let at = resolve(dir)
  for (;;) {
    const s = await stat(at).catch((e: NodeJS.ErrnoException) => { if (e.code === 'ENOENT') return null; throw e })
    if (s) { if (!s.isDirectory()) throw new Error(`${at} is not a directory`); break }
    if (dirname(at) === at) break
    missing.unshift(at)
    at = dirname(at)
  }
  for (const level of missing) await mkdir(level)
  const probe = join(dir, `.cchc-probe-${process.pid}-${randomBytes(4).toString('hex')}`)
  await writeFile(probe, '')
  await rm(probe, { force: true })
}

// Written to a hidden temporary file in the same directory, then renamed: rename within one
// file system is atomic, so a reader never sees half a JSON document, even after a crash.
export async function writeAtomic(dir: string, name: string, content: string): Promise<void> {
  const temp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temp, content)
    await rename(temp, join(dir, name))
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw e
  }
}
