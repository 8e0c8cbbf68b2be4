import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { BIN, REPO } from '../app/run-cli.ts'

export interface Server { url: string; stop: () => Promise<void>; log: () => string }

// The real `cchc serve` as a child process: embedded store in `dataDir`, in-process queue (no
// Redis), any free loopback port (it prints the address it got), no tokens.
export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<Server> {
  const base = { ...process.env }
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'CCHC_UPLOAD_TOKENS', 'CCHC_READ_TOKENS', 'CCHC_PORT', 'CCHC_HOST']) delete base[k]
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'],
    { cwd: REPO, env: { ...base, CCHC_DATA_DIR: dataDir, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout!.on('data', (d) => { out += String(d) })
  const url = await new Promise<string>((resolve, reject) => {
    let err = ''
    const timer = setTimeout(() => reject(new Error(`cchc serve did not start in 60 s:\n${err}`)), 60_000)
    child.stderr!.on('data', (d) => {
      err += String(d)
      const m = /listening on (http:\/\/\S+)/.exec(err)
      if (m) { clearTimeout(timer); resolve(m[1]) }
    })
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`cchc serve exited with ${code}:\n${err}`)) })
  })
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) { resolve(); return }
    const kill = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.on('exit', () => { clearTimeout(kill); resolve() })
    child.kill('SIGTERM')
  })
  return { url, stop, log: () => out }
}

// Screenshots go to test-results/web (ignored by git) so a person can look at the pages.
export function shotDir(): string {
  const dir = join(REPO, 'test-results', 'web')
  mkdirSync(dir, { recursive: true })
  return dir
}
