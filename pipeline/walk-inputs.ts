import { lstat, readdir, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { extname, join } from 'node:path'
import { CchcError } from '../schemas/errors.ts'

export const DOCUMENT_EXTENSIONS = new Set(['.docx', '.doc', '.pdf', '.md', '.txt', '.html', '.htm', '.png', '.jpg', '.jpeg', '.tif', '.tiff'])

// An input that cannot be taken, reported as one line and never silently dropped.
export interface WalkProblem { readonly path: string; readonly error: CchcError }

// `skipped`: files of other extensions found in folders, for the summary to name.
export interface WalkResult { readonly files: string[]; readonly problems: WalkProblem[]; readonly skipped: string[] }

// Files and folders (recursive) → document files in a stable order. Hidden entries are skipped.
// Each real directory (device + inode) is entered once, so symbolic links that loop back (`ln -s
// . a`) end the walk instead of multiplying it; an unreadable folder or file is reported and the
// rest is walked; FIFOs, sockets, devices and broken links are reported, never opened (reading
// a FIFO blocks for ever).
export async function walkInputs(paths: readonly string[]): Promise<WalkResult> {
  const files: string[] = []
  const problems: WalkProblem[] = []
  const skipped: string[] = []
  const entered = new Set<string>()
  const report = (path: string, code: 'read_failed' | 'not_regular_file', detail: string): void => {
    problems.push({ path, error: new CchcError(code, detail) })
  }
  const isDocument = (p: string): boolean => DOCUMENT_EXTENSIONS.has(extname(p).toLowerCase())

  const visit = async (p: string, explicit: boolean): Promise<void> => {
    let link: Stats
    try { link = await lstat(p) } catch (e) { return report(p, 'read_failed', reasonOf(e)) }
    let s: Stats = link
    if (link.isSymbolicLink()) {
      try { s = await stat(p) } catch (e) {
        return report(p, 'not_regular_file', codeOf(e) === 'ELOOP' ? 'a symbolic link that loops' : 'a broken symbolic link')
      }
    }
    if (s.isDirectory()) {
      const key = `${s.dev}:${s.ino}`
      if (entered.has(key)) return
      entered.add(key)
      let names: string[]
      try { names = await readdir(p) } catch (e) { return report(p, 'read_failed', reasonOf(e)) }
      for (const name of names.filter((e) => !e.startsWith('.')).sort()) await visit(join(p, name), false)
    } else if (s.isFile()) {
      if (explicit || isDocument(p)) files.push(p)
      else skipped.push(p)
    } else if (explicit || isDocument(p)) {
      report(p, 'not_regular_file', kindOf(s))
    }
  }
  for (const p of paths) await visit(p, true)
  return { files, problems, skipped }
}

// "3 (.png 2, .zip 1)": skipped files by extension, most first.
export function describeSkipped(skipped: readonly string[]): string {
  const by = new Map<string, number>()
  for (const f of skipped) { const e = extname(f).toLowerCase() || '(none)'; by.set(e, (by.get(e) ?? 0) + 1) }
  const parts = [...by].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([e, n]) => `${e} ${n}`)
  return `${skipped.length}${parts.length ? ` (${parts.join(', ')})` : ''}`
}

const codeOf = (e: unknown): string => (e as { code?: string }).code ?? ''

function reasonOf(e: unknown): string {
  const code = codeOf(e)
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`
  return code || (e instanceof Error ? e.message : String(e))
}

function kindOf(s: Stats): string {
  if (s.isFIFO()) return 'a FIFO (named pipe)'
  if (s.isSocket()) return 'a socket'
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device'
  return 'not a file or folder'
}
