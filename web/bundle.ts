import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

export interface WebAsset { body: string; type: string; etag: string }
export type WebAssets = Record<'/' | '/assets/app.js' | '/assets/app.css', WebAsset>

const CLIENT = fileURLToPath(new URL('./client/', import.meta.url))
const asset = (body: string, type: string): WebAsset =>
  ({ body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` })

// The page is bundled in memory from web/client when the server starts (esbuild, ~0.1 s), so
// `npm ci && npx cchc serve` needs no build step and no build output is ever stale.
export async function buildWebAssets(): Promise<WebAssets> {
  const out = await build({
    entryPoints: [`${CLIENT}main.ts`], bundle: true, write: false, format: 'esm', platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'], minify: true, legalComments: 'none', logLevel: 'silent',
    charset: 'utf8', outfile: 'app.js',
  })
  const js = out.outputFiles.find((f) => f.path.endsWith('.js'))
  if (!js) throw new Error('the page bundle produced no JavaScript')
  const [html, css] = await Promise.all([readFile(`${CLIENT}index.html`, 'utf8'), readFile(`${CLIENT}styles.css`, 'utf8')])
  return {
    '/': asset(html, 'text/html; charset=utf-8'),
    '/assets/app.js': asset(js.text, 'text/javascript; charset=utf-8'),
    '/assets/app.css': asset(css, 'text/css; charset=utf-8'),
  }
}

let cached: Promise<WebAssets> | undefined
// One build per process; a failed build is retried on the next request instead of being cached.
export function webAssets(): Promise<WebAssets> {
  cached ??= buildWebAssets().catch((e: unknown) => { cached = undefined; throw e })
  return cached
}
