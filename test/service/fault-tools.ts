import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, connect, type Server, type Socket } from 'node:net'

export async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const port = (s.address() as { port: number }).port
  await new Promise((r) => s.close(r))
  return port
}

// A loopback TCP forwarder that can be cut and restored: "the database is unreachable" without
// touching the real server. Stopping closes the listener (new connections are refused) and
// destroys every open connection (pooled clients see their socket die).
export class TcpProxy {
  private server: Server | null = null
  private readonly sockets = new Set<Socket>()
  constructor(readonly port: number, private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host)
      for (const s of [client, upstream]) { this.sockets.add(s); s.on('close', () => this.sockets.delete(s)); s.on('error', () => s.destroy()) }
      client.pipe(upstream).pipe(client)
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
    })
    await new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', r))
  }

  async stop(): Promise<void> {
    const s = this.server
    this.server = null
    for (const sock of this.sockets) sock.destroy()
    if (s) await new Promise((r) => s.close(r))
  }
}

// A private redis-server (no persistence) that a test may restart: a restart loses every key.
export class RedisServer {
  private proc: ChildProcess | null = null
  constructor(readonly port: number) {}
  get url(): string { return `redis://127.0.0.1:${this.port}` }

  async start(): Promise<void> {
    const proc = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] })
    this.proc = proc
    let out = ''
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`redis-server did not start:\n${out}`)), 10_000)
      proc.stdout!.on('data', (d) => { out += d; if (/Ready to accept connections/.test(out)) { clearTimeout(t); resolve() } })
      proc.on('exit', () => { clearTimeout(t); reject(new Error(`redis-server exited:\n${out}`)) })
    })
    proc.stdout!.resume()
  }

  async stop(): Promise<void> {
    const p = this.proc
    this.proc = null
    if (!p || p.exitCode !== null) return
    const exited = new Promise((r) => p.once('exit', r))
    p.kill('SIGKILL')
    await exited
  }
}
