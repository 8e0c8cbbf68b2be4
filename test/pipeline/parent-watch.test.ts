import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO } from '../app/run-cli.ts'

// A parser stuck in a loop never sees its IPC channel close; when the process that started it
// is killed (SIGKILL of `cchc import`), the watchdog thread must end it instead of leaving an
// orphan spinning a core for ever.
const tmp = mkdtempSync(join(tmpdir(), 'cchc-watch-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const alive = (pid: number): boolean => { try { process.kill(pid, 0); return true } catch { return false } }

describe('parent watchdog of a parser process', () => {
  it('kills a child whose parser loops once its parent is SIGKILLed', async () => {
    const child = join(tmp, 'child.mjs'), parent = join(tmp, 'parent.mjs')
    const tsx = pathToFileURL(createRequire(join(REPO, 'package.json')).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
    writeFileSync(child, `import { register } from ${JSON.stringify(tsx)}
register()
const { watchParent } = await import(${JSON.stringify(pathToFileURL(join(REPO, 'pipeline/parent-watch.ts')).href)})
watchParent()
process.send('looping')
for (;;) {}
`)
    writeFileSync(parent, `import { fork } from 'node:child_process'
const c = fork(${JSON.stringify(child)}, [], { stdio: 'ignore', execArgv: [] })
c.on('message', () => console.log(c.pid))
`)
    const p = spawn(process.execPath, [parent], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] })
    const pid = await new Promise<number>((resolve) => p.stdout.once('data', (d) => resolve(Number(String(d).trim()))))
    expect(alive(pid)).toBe(true)
    p.kill('SIGKILL')
    const until = Date.now() + 10_000
    // Gone, or a zombie waiting for a reaper: either way it no longer runs.
    const running = () => alive(pid) && !/\) Z /.test((() => { try { return readFileSync(`/proc/${pid}/stat`, 'utf8') } catch { return ') Z ' } })())
    while (running() && Date.now() < until) await new Promise((r) => setTimeout(r, 100))
    const still = running()
    if (still) process.kill(pid, 'SIGKILL')
    expect(still).toBe(false)
  }, 30_000)
})
