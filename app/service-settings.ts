import type { Command } from 'commander'
import { loadServiceConfig, ServiceConfigError, type ServiceSettings } from '../service/config.ts'
import { ConfigError, loadConfig, type ConfigKey } from './config.ts'
import type { CliIo } from './io.ts'
import { loadStoreConfig, storeDefaults } from './store-config.ts'
import type { StoreFlags } from './with-store.ts'

// Everything `serve`, `worker` and `jobs` need, read once here at the edge and frozen:
// pipeline limits (app/config.ts), the store (app/store-config.ts), the service's own keys.
export function loadServiceSettings(io: CliIo, cli: Record<string, string | undefined>, pipelineCli: Partial<Record<ConfigKey, string | undefined>>, store: StoreFlags): ServiceSettings {
  const service = loadServiceConfig(io.env, cli)
  const base = loadStoreConfig(io.env, store)
  return Object.freeze({
    service,
    pipeline: loadConfig({ env: io.env, cli: pipelineCli, defaults: storeDefaults(base) }),
    store: Object.freeze(base.databaseUrl && service.dbSchema ? { ...base, schema: service.dbSchema } : base),
  })
}

// Configuration errors are usage errors (exit 2) with the one-line reason.
export function settingsOrExit(command: Command, load: () => ServiceSettings): ServiceSettings {
  try { return load() } catch (e) {
    if (e instanceof ConfigError || e instanceof ServiceConfigError)
      command.error(`error: ${e.message}`, { exitCode: 2, code: 'cchc.config' })
    throw e
  }
}
