import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { ErrorCode } from '../schemas/errors.ts'
import type { WorkerReply, WorkerTask } from './worker-protocol.ts'
import { workerEntry } from './worker-entry.ts'

// One parser child process: Node with its own heap limit, talking over IPC (advanced
// serialization, so bytes and records cross as structured clones).
export interface WorkerProcess {
  send(task: WorkerTask): void
  // Whether an idle child may keep this process alive.
  hold(yes: boolean): void
  kill(): void
}

export interface WorkerProcessEvents {
  readonly onReply: (reply: WorkerReply) => void
  // The child ended without being asked to: why, as a catalogue error for its current file.
  readonly onExit: (code: ErrorCode, detail: string) => void
}

// The end of V8's stderr report when a heap limit is hit (the process then aborts).
const HEAP_EXHAUSTED = /heap out of memory|Reached heap limit|Ineffective mark-compacts near heap limit|Allocation failed/
const STDERR_TAIL = 4096

export function startWorkerProcess(memoryMb: number, events: WorkerProcessEvents): WorkerProcess {
  const child: ChildProcess = fork(fileURLToPath(workerEntry()), [], {
    // Not the parent's flags (tsx's loader and source maps would cost every child ~60 MB) and
    // not NODE_OPTIONS, whose own heap flags would fight the limit given here.
    execArgv: [`--max-old-space-size=${memoryMb}`, `--max-semi-space-size=${semiSpaceMb(memoryMb)}`],
    env: withoutNodeOptions(process.env),
    serialization: 'advanced',
    // stdout dropped (parser chatter must not mix with the CLI's output); stderr kept only to
    // tell a heap abort from other deaths.
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  })
  let tail = ''
  let killed = false
  child.stderr!.setEncoding('utf8')
  // V8's heap message comes before a native stack trace that can outgrow the tail kept: it is
  // looked for as the text arrives.
  let heapExhausted = false
  child.stderr!.on('data', (d: string) => {
    const seen = tail + d
    heapExhausted ||= HEAP_EXHAUSTED.test(seen)
    tail = seen.slice(-STDERR_TAIL)
  })
  child.on('message', (m: WorkerReply) => events.onReply(m))
  // 'close' (not 'exit'): stderr has been read to its end, so the reason is known.
  child.on('close', (code, signal) => {
    if (killed) return
    if (heapExhausted) return events.onExit('parse_memory', `needed more than ${memoryMb} MB of heap`)
    events.onExit('parse_crashed', `the parser process ended unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`})`)
  })
  // A failed spawn or a broken channel; 'close' follows and reports it.
  child.on('error', () => { if (!killed && child.exitCode === null) child.kill('SIGKILL') })
  return {
    send(task) {
      // A child dying between checks makes send throw or call back an error; 'close' reports it.
      try { child.send(task, (e) => { if (e && !killed) child.kill('SIGKILL') }) } catch { child.kill('SIGKILL') }
    },
    hold(yes) {
      const handles = [child, child.channel, child.stderr] as ({ ref(): void; unref(): void } | null | undefined)[]
      for (const h of handles) yes ? h?.ref() : h?.unref()
    },
    kill() {
      killed = true
      child.kill('SIGKILL')
    },
  }
}

// The young generation only holds short-lived objects; a modest share of the heap suffices.
const semiSpaceMb = (memoryMb: number): number => Math.max(1, Math.min(8, Math.floor(memoryMb / 64)))

function withoutNodeOptions(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _dropped, ...rest } = env
  return rest
}
