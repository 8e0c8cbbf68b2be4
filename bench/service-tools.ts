import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

export const BIN = fileURLToPath(new URL('../bin/cchc.mjs', import.meta.url))
export const REPO = fileURLToPath(new URL('../', import.meta.url))

export async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const port = (s.address() as { port: number }).port
  await new Promise((r) => s.close(r))
  return port
}

// A child process started and awaited until `ready` appears in its output (or it fails).
export async function start(cmd: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<{ proc: ChildProcess; out: () => string }> {
  const proc = spawn(cmd, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  proc.stdout!.on('data', (d) => { out = (out + d).slice(-20_000) })
  proc.stderr!.on('data', (d) => { out = (out + d).slice(-20_000) })
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${args.join(' ')} did not start:\n${out}`)), 30_000)
    const check = setInterval(() => { if (ready.test(out)) { clearTimeout(t); clearInterval(check); resolve() } }, 50)
    proc.on('exit', () => { clearTimeout(t); clearInterval(check); reject(new Error(`${cmd} ${args.join(' ')} exited:\n${out}`)) })
  })
  proc.removeAllListeners('exit')
  return { proc, out: () => out }
}

export async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return
  const exited = new Promise((r) => proc.once('exit', r))
  proc.kill('SIGTERM')
  const t = setTimeout(() => proc.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(t)
}

// Resident set size of a process (Linux), in MiB; 0 when it is gone.
export function rssMb(pid: number | undefined): number {
  try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024 } catch { return 0 }
}

export const pct = (xs: number[], p: number): number => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN

// A small, valid, distinct PAR plan in Markdown (a number, an issuer, one lost criterion).
export function smallPlan(i: number): string {
  return `ỦY BAN NHÂN DÂN HUYỆN ĐO ĐẠC ${i}\n\nSố: ${100 + i}/KH-UBND\n\nĐo Đạc, ngày 5 tháng 3 năm 2021\n\n` +
    `# KẾ HOẠCH\n\nKhắc phục hạn chế Chỉ số cải cách hành chính năm 2020 (bản ${i})\n\n` +
    `+ TCTP 1.7 (2đ): Sáng kiến trong triển khai công tác CCHC được UBND tỉnh công nhận: đạt 0/2 điểm. Lý do: không có sáng kiến (${i}).\n`
}
