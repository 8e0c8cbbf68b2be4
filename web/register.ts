import { webAssets } from './bundle.ts'
import { registerWebRoutes, type AnyFastify, type DbSource, type ReadGuard } from './routes.ts'

export interface WebPageOptions {
  // The store, or a function returning it (the service may open it lazily).
  db: DbSource
  // Runs before the page's data routes, like the API's read endpoints (read-token check).
  // The page and its assets stay public: they hold no data, and the page asks for the token.
  readGuard?: ReadGuard
}

// Content-Security-Policy: scripts only from this server, no inline script or event attributes;
// a second wall behind the page's text-only rendering of document contents.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Serves the web page at / (bundled in memory on first start) and the read endpoints it needs
// beyond the API's own: /facets, /agencies, /agencies/:id/grid, /agencies/:id/findings,
// /documents/:id/cited, /criteria, /export.
export async function registerWebPage(app: AnyFastify, options: WebPageOptions): Promise<void> {
  // Start bundling now so the first visitor does not wait; errors surface on the first request.
  webAssets().catch((e: unknown) => app.log.error({ err: e }, 'web page bundle failed'))
  for (const path of ['/', '/assets/app.js', '/assets/app.css'] as const) {
    app.get(path, { schema: { hide: true } }, async (req, reply) => {
      const asset = (await webAssets())[path]
      void reply.header('Content-Type', asset.type).header('ETag', asset.etag).header('Cache-Control', 'no-cache')
        .header('X-Content-Type-Options', 'nosniff').header('Referrer-Policy', 'no-referrer')
      if (path === '/') void reply.header('Content-Security-Policy', CSP)
      if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send()
      return reply.send(asset.body)
    })
  }
  registerWebRoutes(app, options.db, options.readGuard)
}
