import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const REPO = fileURLToPath(new URL('../../', import.meta.url))
export const BIN = fileURLToPath(new URL('../../bin/cchc.mjs', import.meta.url))

export interface CliRun { readonly code: number; readonly stdout: string; readonly stderr: string }

// The real CLI as a child process, exactly as a user runs it (no build step).
export function runCli(args: readonly string[], options: { cwd?: string; command?: readonly string[]; env?: Record<string, string>; uid?: number; gid?: number } = {}): Promise<CliRun> {
  const [file, ...pre] = options.command ?? [process.execPath, BIN]
  return new Promise((resolve) => {
    execFile(file!, [...pre, ...args], { cwd: options.cwd ?? REPO, env: { ...process.env, ...options.env }, uid: options.uid, gid: options.gid, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

// stderr lines that are the CLI's own (npm may add its warnings when run through npx).
export const cliLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'))
