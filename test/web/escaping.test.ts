import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO } from '../app/run-cli.ts'
import { HAVE_CHROMIUM, MUST_RUN, type Page, type Session, type watch } from './browser.ts'
import { closePageSession, openPageSession } from './session.ts'
import { shotDir, type Server } from './server.ts'

// A document is data, never markup: one whose text (and so its title, a finding's title) holds
// <script> and <img onerror> must show those characters and run nothing.
const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror=alert(2)>'

describe.skipIf(!HAVE_CHROMIUM && !MUST_RUN)('document text with markup renders as text', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cchc-web-esc-'))
  let server: Server, browser: Session, page: Page, seen: ReturnType<typeof watch>
  beforeAll(async () => {
    const md = readFileSync(join(REPO, 'samples/kh-119-ubnd-tinhbien-2017.md'), 'utf8')
      .replace('Thực hiện các nhiệm vụ', `Thực hiện ${SCRIPT} các nhiệm vụ`)
      .replace('Sáng kiến trong triển khai', `Sáng kiến ${IMG} trong triển khai`)
    expect(md).toContain(SCRIPT)
    expect(md).toContain(IMG)
    writeFileSync(join(tmp, 'kh-markup.md'), md)
    ;({ server, browser, page, seen } = await openPageSession(join(tmp, 'data')))
  }, 120_000)
  afterAll(async () => {
    await closePageSession({ browser, server })
    rmSync(tmp, { recursive: true, force: true })
  })

  it('uploads it, and the document view shows the markup as text', async () => {
    await page.goto(`${server.url}/#/upload`)
    await page.setInputFiles('#file-input', [join(tmp, 'kh-markup.md')])
    await expect.poll(() => page.locator('#upload-list li').getAttribute('data-state'), { timeout: 120_000, interval: 300 }).toBe('stored')
    await page.locator('#upload-list li a', { hasText: 'Xem văn bản' }).click()
    await page.waitForSelector('#doc-text')
    const text = await page.locator('#doc-text').textContent()
    expect(text).toContain(SCRIPT)
    expect(text).toContain(IMG)
    expect(await page.locator('h1').textContent()).toContain(SCRIPT)
    expect(await page.locator('#findings').textContent()).toContain(IMG)
    expect(await page.locator('main img, main script').count()).toBe(0)
    await page.locator('#findings tbody tr', { hasText: '1.5.3' }).locator('button.show-evidence').click()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(IMG)
    await page.screenshot({ path: join(shotDir(), 'escaping.png') })
  }, 180_000)

  it('search results and the agency grid show it as text too', async () => {
    await page.goto(`${server.url}/#/search?criterion=1.5.3`)
    await page.waitForSelector('#results-table tbody tr')
    expect(await page.locator('#results-table').textContent()).toContain(IMG)
    await page.locator('#results-table a').first().click()
    await page.waitForSelector('#agency-grid')
    await page.locator('#agency-grid tr', { hasText: '1.5.3' }).locator('button.cell').click()
    await page.waitForSelector('.cell-detail article')
    expect(await page.locator('.cell-detail').textContent()).toContain(IMG)
    expect(await page.locator('main img, main script').count()).toBe(0)
  }, 60_000)

  it('no dialog opened, no console error', () => {
    expect(seen.dialogs).toEqual([])
    expect(seen.problems).toEqual([])
  })
})
