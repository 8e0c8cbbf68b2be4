import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedFindings } from '../../bench/seed-findings.ts'
import { openStore } from '../../store/open-store.ts'
import { HAVE_CHROMIUM, MUST_RUN, type Page, type Session, type watch } from './browser.ts'
import { closePageSession, openPageSession } from './session.ts'
import { shotDir, type Server } from './server.ts'

// 100,000 findings (seeded with SQL, as bench/queries.ts does): the page asks the server for
// one page at a time, so it shows at most 50 rows and the total, and stays quick.
const PAGE_SIZE = 50
const timings: Record<string, number> = {}

describe.skipIf(!HAVE_CHROMIUM && !MUST_RUN)('search page over 100,000 findings', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cchc-web-100k-'))
  let server: Server, browser: Session, page: Page, seen: ReturnType<typeof watch>, total = 0
  beforeAll(async () => {
    const db = await openStore({ dataDir: join(tmp, 'data') })
    total = await seedFindings(db, { agencies: 100, years: 10, findingsPerDoc: 100, concepts: 300 })
    await db.close()
    ;({ server, browser, page, seen } = await openPageSession(join(tmp, 'data')))
  }, 240_000)
  afterAll(async () => {
    console.log(`web timings over ${total} findings (ms): ${JSON.stringify(timings)}`)
    await closePageSession({ browser, server })
    rmSync(tmp, { recursive: true, force: true })
  })

  const timed = async (name: string, fn: () => Promise<unknown>) => {
    const t0 = performance.now()
    await fn()
    timings[name] = Math.round(performance.now() - t0)
    return timings[name]
  }
  const countText = () => page.locator('#result-count').textContent()

  it('opens the search page with one page of rows and the total', async () => {
    expect(total).toBe(100_000)
    const ms = await timed('open search, all findings', async () => {
      await page.goto(`${server.url}/#/search`)
      await page.waitForSelector('#results-table tbody tr')
    })
    expect(await page.locator('#results-table tbody tr').count()).toBeLessThanOrEqual(PAGE_SIZE)
    expect(await page.locator('#result-count').getAttribute('data-total')).toBe('100000')
    expect(await countText()).toMatch(/^100\.000 kết quả · hiển thị 1–50 · trang 1\/2\.000/)
    expect(ms).toBeLessThan(8_000) // typically 0.4–2.5 s on the 2-core CI machine, other suites running
  }, 60_000)

  it('pages forward and searches words without diacritics, one page at a time', async () => {
    const next = await timed('next page', async () => {
      await page.locator('.pager a', { hasText: 'Sau' }).click()
      await expect.poll(countText).toMatch(/trang 2\/2\.000/)
    })
    expect(await page.locator('#results-table tbody tr').count()).toBe(PAGE_SIZE)
    expect(next).toBeLessThan(8_000)
    const words = await timed('search "sang kien"', async () => {
      await page.locator('#criterion').fill('sang kien')
      await page.locator('#criterion').press('Enter')
      await expect.poll(countText, { timeout: 30_000 }).toMatch(/^[\d.]+ kết quả · hiển thị 1–50 · trang 1\//)
    })
    const n = Number(await page.locator('#result-count').getAttribute('data-total'))
    expect(n).toBeGreaterThan(PAGE_SIZE)
    expect(n).toBeLessThan(total)
    expect(await page.locator('#results-table tbody tr').count()).toBe(PAGE_SIZE)
    // The word search scans every finding title (store/queries/filters.ts): slower than a page of all.
    expect(words).toBeLessThan(20_000)
    await page.screenshot({ path: join(shotDir(), 'search-100k.png') })
  }, 90_000)

  it('opens an agency grid of 10 years × its criteria, recurring ones marked', async () => {
    const ms = await timed('agency grid', async () => {
      await page.locator('#results-table a[href^="#/agency/"]').first().click()
      await page.waitForSelector('#agency-grid')
    })
    expect(await page.locator('#agency-grid thead th').count()).toBe(11)
    expect(await page.locator('#agency-grid .badge.recurring').count()).toBeGreaterThan(0)
    expect(ms).toBeLessThan(8_000) // typically 0.4–2.5 s on the 2-core CI machine, other suites running
    await page.screenshot({ path: join(shotDir(), 'agency-100k.png') })
  }, 60_000)

  it('no console errors', () => expect(seen.problems).toEqual([]))
})
