import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO } from '../app/run-cli.ts'
import { HAVE_CHROMIUM, MUST_RUN, type Page, type Session, type watch } from './browser.ts'
import { closePageSession, openPageSession } from './session.ts'
import { type Server } from './server.ts'

// With tokens configured the page itself still loads (it holds no data), asks for a token on
// the first 401, and then sends it with every request: reads, uploads, the export download.
const TOKEN = 'audit-token-0001'

describe.skipIf(!HAVE_CHROMIUM && !MUST_RUN)('web page with read and upload tokens', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cchc-web-auth-'))
  let server: Server, browser: Session, page: Page, seen: ReturnType<typeof watch>
  beforeAll(async () => {
    ;({ server, browser, page, seen } = await openPageSession(join(tmp, 'data'), { CCHC_READ_TOKENS: TOKEN, CCHC_UPLOAD_TOKENS: TOKEN }))
  }, 120_000)
  afterAll(async () => {
    await closePageSession({ browser, server })
    rmSync(tmp, { recursive: true, force: true })
  })

  it('asks for the token, then searches with it', async () => {
    expect((await page.request.get(`${server.url}/facets`)).status()).toBe(401)
    await page.goto(`${server.url}/#/search`)
    await page.waitForSelector('#token')
    expect(await page.locator('[role="alert"] h2').textContent()).toBe('Cần mã truy cập')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('token')
    await page.locator('#token').fill(TOKEN)
    await page.locator('#token').press('Enter')
    await page.waitForSelector('#result-count')
    expect(await page.locator('#result-count').textContent()).toBe('Không có kết quả nào phù hợp.')
  }, 60_000)

  it('uploads with the token and downloads the export with it', async () => {
    await page.goto(`${server.url}/#/upload`)
    await page.setInputFiles('#file-input', [join(REPO, 'samples/kh-119-ubnd-tinhbien-2017.docx')])
    await expect.poll(() => page.locator('#upload-list li').getAttribute('data-state'), { timeout: 120_000, interval: 300 }).toBe('stored')
    await page.goto(`${server.url}/#/search?criterion=1.5.3`)
    await page.waitForSelector('#results-table tbody tr')
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a', { hasText: 'CSV' }).click()])
    expect(download.suggestedFilename()).toBe('tieu-chi-bi-tru-diem.csv')
    const { readFileSync } = await import('node:fs')
    expect(readFileSync((await download.path())!, 'utf8')).toContain('1.5.3')
  }, 180_000)

  it('the only errors were the expected 401s before the token was given', () => {
    expect(seen.problems.filter((p) => !/status of 401/.test(p))).toEqual([])
    expect(seen.dialogs).toEqual([])
  })
})
