import { readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'

export const DOCUMENT_EXTENSIONS = new Set(['.docx', '.doc', '.pdf', '.md', '.txt', '.html', '.htm', '.png', '.jpg', '.jpeg', '.tif', '.tiff'])

// Files and folders (recursive) → document files in a stable order. Hidden entries are skipped;
// files of other extensions found in folders are returned as `skipped`, for the summary to name.
export async function walkInputs(paths: readonly string[]): Promise<{ files: string[]; missing: string[]; skipped: string[] }> {
  const files: string[] = []
  const missing: string[] = []
  const skipped: string[] = []
  const visit = async (p: string, explicit: boolean): Promise<void> => {
    let s
    try { s = await stat(p) } catch { if (explicit) missing.push(p); return }
    if (s.isDirectory()) {
      const entries = (await readdir(p)).filter((e) => !e.startsWith('.')).sort()
      for (const e of entries) await visit(join(p, e), false)
    } else if (s.isFile() && (explicit || DOCUMENT_EXTENSIONS.has(extname(p).toLowerCase()))) files.push(p)
    else if (s.isFile()) skipped.push(p)
  }
  for (const p of paths) await visit(p, true)
  return { files, missing, skipped }
}

// "3 (.png 2, .zip 1)": skipped files by extension, most first.
export function describeSkipped(skipped: readonly string[]): string {
  const by = new Map<string, number>()
  for (const f of skipped) { const e = extname(f).toLowerCase() || '(none)'; by.set(e, (by.get(e) ?? 0) + 1) }
  const parts = [...by].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([e, n]) => `${e} ${n}`)
  return `${skipped.length}${parts.length ? ` (${parts.join(', ')})` : ''}`
}
