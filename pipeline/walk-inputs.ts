import { readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'

export const DOCUMENT_EXTENSIONS = new Set(['.docx', '.doc', '.pdf', '.md', '.txt', '.html', '.htm', '.png', '.jpg', '.jpeg', '.tif', '.tiff'])

// Files and folders (recursive) → document files in a stable order. Hidden entries are skipped.
export async function walkInputs(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = []
  const missing: string[] = []
  const visit = async (p: string, explicit: boolean): Promise<void> => {
    let s
    try { s = await stat(p) } catch { if (explicit) missing.push(p); return }
    if (s.isDirectory()) {
      const entries = (await readdir(p)).filter((e) => !e.startsWith('.')).sort()
      for (const e of entries) await visit(join(p, e), false)
    } else if (s.isFile() && (explicit || DOCUMENT_EXTENSIONS.has(extname(p).toLowerCase()))) files.push(p)
  }
  for (const p of paths) await visit(p, true)
  return { files, missing }
}
