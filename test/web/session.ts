import { launch, watch, type Page, type Session } from './browser.ts'
import { startServer, type Server } from './server.ts'

export interface PageSession { server: Server; browser: Session; page: Page; seen: ReturnType<typeof watch> }

// The real `cchc serve` on a data directory, a fresh Chromium and one watched page.
export async function openPageSession(dataDir: string, env: Record<string, string> = {}): Promise<PageSession> {
  const server = await startServer(dataDir, env)
  const browser = await launch()
  const page = await browser.context.newPage()
  return { server, browser, page, seen: watch(page) }
}

export async function closePageSession(s: Partial<Pick<PageSession, 'browser' | 'server'>>): Promise<void> {
  await s.browser?.close()
  await s.server?.stop()
}
