import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// On a laptop without Chromium the browser tests are skipped; in CI a missing browser fails.
export const HAVE_CHROMIUM = existsSync(CHROMIUM)
export const MUST_RUN = process.env.CI === 'true'
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']

export interface Session { context: BrowserContext; close: () => Promise<void> }

// A fresh profile per run: no cached pages, cookies or tokens from an earlier run.
export async function launch(): Promise<Session> {
  if (!HAVE_CHROMIUM) throw new Error(`Chromium not found at ${CHROMIUM}: run .ci/install-browser.sh`)
  const profile = mkdtempSync(join(tmpdir(), 'cchc-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 800 }, locale: 'vi-VN',
  })
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }) } }
}

// Every console error, uncaught exception, failed request and dialog is collected: the tests
// assert there were none.
export function watch(page: Page): { problems: string[]; dialogs: string[] } {
  const problems: string[] = [], dialogs: string[] = []
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`) })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('requestfailed', (r) => { if (!/net::ERR_ABORTED/.test(r.failure()?.errorText ?? '')) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`) })
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss() })
  return { problems, dialogs }
}

export type { Browser, Page }
