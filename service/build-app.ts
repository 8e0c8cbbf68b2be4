import multipart from '@fastify/multipart'
import swagger from '@fastify/swagger'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import { EXTRACTOR_VERSION } from '../extract/version.ts'
import type { Db } from '../store/db.ts'
import { createAuth } from './auth.ts'
import { requestLimit, type ServiceSettings } from './config.ts'
import { installErrorHandling } from './error-handler.ts'
import { limitConnectionsPerClient, refuseControlCharacters } from './request-guard.ts'
import type { IngestQueue } from './jobs.ts'
import { ingestRoutes } from './routes-ingest.ts'
import { readRoutes } from './routes-read.ts'
import { registerWebPage } from '../web/register.ts'

export interface AppDeps {
  readonly settings: ServiceSettings
  readonly db: Db
  readonly queue: IngestQueue
  readonly logger?: FastifyServerOptions['logger']
}

// The HTTP API, not listening yet (tests call inject; `cchc serve` calls listen).
export async function buildApp({ settings, db, queue, logger = false }: AppDeps): Promise<FastifyInstance> {
  const { maxBytes } = settings.pipeline
  const maxRequestBytes = requestLimit(settings)
  // JSON bodies are small here (uploads are multipart, parsed by the plugin with its own limits).
  const { headersTimeoutMs, requestTimeoutMs } = settings.service
  const app = Fastify({
    logger, bodyLimit: 64 * 1024, trustProxy: false, requestTimeout: requestTimeoutMs,
    // Node checks these limits every connectionsCheckingInterval (30 s by default: a slow-header
    // client was held 90 s); checking every second keeps them near what is configured.
    http: { headersTimeout: headersTimeoutMs, requestTimeout: requestTimeoutMs, connectionsCheckingInterval: 1000 },
  })
  limitConnectionsPerClient(app, settings.service)
  refuseControlCharacters(app)
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  installErrorHandling(app)
  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: { fileSize: maxBytes, files: settings.service.maxFiles, fields: 20, fieldSize: 4096, parts: settings.service.maxFiles + 20, headerPairs: 200 },
  })
  await app.register(swagger, {
    openapi: {
      info: { title: 'cchc ingest and query API', version: EXTRACTOR_VERSION,
        description: 'Upload PAR-index (CCHC) plans and reports; query findings and deficiencies. Errors are { code, message }.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  })
  const deps = { db, queue, limits: { maxBytes, maxUnzippedBytes: settings.pipeline.maxUnzippedBytes, maxRequestBytes }, guard: createAuth(settings.service) }
  ingestRoutes(app, deps)
  readRoutes(app, deps)
  await registerWebPage(app, { db, readGuard: deps.guard('read') })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  await app.ready()
  return app
}
