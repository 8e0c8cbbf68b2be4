import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO } from '../app/run-cli.ts'
import { HAVE_CHROMIUM, MUST_RUN, type Page, type Session, type watch } from './browser.ts'
import { closePageSession, openPageSession } from './session.ts'
import { shotDir, type Server } from './server.ts'

// The page end to end, as a person uses it: upload the samples, search, the agency grid, a
// document with its evidence. Any console error, failed request or dialog fails the run.
const SAMPLES = readdirSync(join(REPO, 'samples')).filter((f) => /\.(docx|pdf|md)$/.test(f) && f !== 'README.md').map((f) => join(REPO, 'samples', f))
const FINAL = '[data-state="stored"], [data-state="duplicate"], [data-state="failed"]'

describe.skipIf(!HAVE_CHROMIUM && !MUST_RUN)('web page end to end (cchc serve + Chromium)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cchc-web-'))
  let server: Server, browser: Session, page: Page, seen: ReturnType<typeof watch>
  const shots = shotDir()
  beforeAll(async () => {
    // the scan (5 pages) meets an OCR page limit of 4 and fails at once (OCR: test/parsers/ocr-parser.test.ts)
    ;({ server, browser, page, seen } = await openPageSession(join(tmp, 'data'), { CCHC_OCR_MAX_PAGES: '4' }))
  }, 120_000)
  afterAll(async () => {
    await closePageSession({ browser, server })
    rmSync(tmp, { recursive: true, force: true })
  })

  it('uploads every sample through the file input; each ends stored, and the scan as failed: file_too_large', async () => {
    await page.goto(`${server.url}/#/upload`)
    await page.setInputFiles('#file-input', SAMPLES)
    const items = page.locator('#upload-list li')
    await expect.poll(() => items.count()).toBe(SAMPLES.length)
    await expect.poll(() => page.locator(`#upload-list li:is(${FINAL})`).count(), { timeout: 240_000, interval: 500 }).toBe(SAMPLES.length)
    const scan = page.locator('#upload-list li', { hasText: 'kh-1073-sngv-hue-2017.scan.pdf' })
    expect(await scan.getAttribute('data-state')).toBe('failed')
    expect(await scan.textContent()).toContain('file_too_large')
    expect(await page.locator('#upload-list li[data-state="stored"]').count()).toBe(SAMPLES.length - 1)
    expect(await page.locator('#upload-summary').textContent()).toContain(`Xong ${SAMPLES.length}/${SAMPLES.length}`)
    // the same bytes again: recognized, not stored twice
    await page.setInputFiles('#file-input', [join(REPO, 'samples', 'kh-95-sngv-quangtri-2019.docx')])
    await expect.poll(() => page.locator('#upload-list li').last().getAttribute('data-state'), { timeout: 30_000 }).toBe('duplicate')
    await page.screenshot({ path: join(shots, 'upload.png'), fullPage: true })
  }, 300_000)

  it('takes files dropped on the drop zone', async () => {
    const md = readFileSync(join(REPO, 'samples', 'kh-95-sngv-quangtri-2019.md'), 'utf8')
    // A real drag cannot be scripted headless: dispatch the drop a person's drag produces.
    await page.locator('#dropzone').evaluate((zone, text) => {
      const dt = new DataTransfer()
      dt.items.add(new File([text], 'keo-tha.md', { type: 'text/markdown' }))
      zone.dispatchEvent(new DragEvent('dragenter', { bubbles: true, dataTransfer: dt }))
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }))
    }, `${md}\nBản kéo thả.\n`)
    const item = page.locator('#upload-list li', { hasText: 'keo-tha.md' })
    await expect.poll(() => item.getAttribute('data-state'), { timeout: 60_000, interval: 300 }).toBe('stored')
    expect(await page.locator('#dropzone').getAttribute('class')).not.toContain('over')
  }, 90_000)

  it('search "sang kien" lists Tịnh Biên 2016 (1.5.3) and Hà Tĩnh 2021 (1.7), with suggestions and export links', async () => {
    await page.goto(`${server.url}/#/search`)
    await page.locator('#criterion').fill('sang kien')
    await expect.poll(() => page.locator('#criteria-suggestions option[value="1.5.3"]').count()).toBeGreaterThan(0)
    await page.locator('#criterion').press('Enter')
    await page.waitForSelector('#results-table tbody tr')
    expect(page.url()).toContain('criterion=sang+kien')
    const rows = await page.locator('#results-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.replace(/\s+/g, ' ').trim())))
    const keys = rows.map((r) => `${r[0]}|${r[1]}|${r[2]}`)
    expect(keys).toEqual(expect.arrayContaining(['Ủy ban nhân dân huyện Tịnh Biên An Giang|2016|1.5.3', 'Sở Ngoại vụ Hà Tĩnh|2021|1.7']))
    const xlsx = await page.locator('a', { hasText: 'Excel (.xlsx)' }).getAttribute('href')
    expect(xlsx).toBe('/export?format=xlsx&criterion=sang+kien')
    const res = await page.request.get(`${server.url}${xlsx}`)
    expect(res.headers()['content-type']).toMatch(/spreadsheetml/)
    await page.screenshot({ path: join(shots, 'search.png'), fullPage: true })
  }, 60_000)

  it('the agency grid: a cell opens its findings with the evidence passage', async () => {
    await page.locator('#results-table a', { hasText: 'Ủy ban nhân dân huyện Tịnh Biên' }).first().click()
    await page.waitForSelector('#agency-grid')
    const cell = page.locator('#agency-grid tr', { hasText: '1.5.3' }).locator('button.cell')
    expect(await cell.textContent()).toBe('2')
    await cell.focus()
    await page.keyboard.press('Enter')
    const card = page.locator('.cell-detail article')
    await card.waitFor()
    expect(await card.locator('blockquote.evidence mark').textContent()).toMatch(/Sáng kiến/)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2')
    await page.screenshot({ path: join(shots, 'agency.png'), fullPage: true })
    await card.locator('a').first().click()
    await page.waitForSelector('mark.ev.active')
  }, 60_000)

  it('the document view highlights every fact; a finding’s button scrolls to and focuses its passage', async () => {
    expect(await page.locator('h1').textContent()).toMatch(/CCHC|cải cách/i)
    expect(await page.locator('dl.facts').first().textContent()).toContain('119')
    const marks = await page.locator('#doc-text mark.ev-finding').count()
    expect(marks).toBeGreaterThan(3)
    const button = page.locator('#findings tbody tr', { hasText: '1.7.2' }).locator('button.show-evidence')
    await button.click()
    const focused = await page.evaluate(() => ({ cls: document.activeElement?.className, text: document.activeElement?.textContent }))
    expect(focused.cls).toContain('active')
    expect(focused.text).toContain('1.7.2')
    // the passage is on screen inside the text panel
    const box = await page.locator('#active-evidence').boundingBox()
    expect(box && box.y >= 0 && box.y < 800).toBe(true)
    await page.screenshot({ path: join(shots, 'document.png') })
  }, 60_000)

  it('keyboard: the skip link comes first and focus is visible; a narrow window does not scroll sideways', async () => {
    await page.goto(`${server.url}/#/search?criterion=sang+kien`)
    await page.waitForSelector('#results-table')
    const tabbable = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex="0"]')]
      .filter((el) => !el.hasAttribute('disabled')).map((el) => el.id || el.textContent?.trim()))
    expect(tabbable[0]).toBe('skip')
    await page.focus('#skip')
    await page.keyboard.press('Tab')
    const nav = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineStyle }))
    expect(nav).toEqual({ text: 'Tra cứu', outline: 'solid' })
    await page.focus('#skip')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    expect(page.url()).toContain('criterion=sang+kien') // the skip link is not a route change
    await page.setViewportSize({ width: 400, height: 800 })
    for (const hash of ['#/search?criterion=sang+kien', '#/upload']) {
      await page.goto(`${server.url}/${hash}`)
      await page.waitForSelector('h1')
      await page.waitForTimeout(300)
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1)
    }
    await page.goto(`${server.url}/#/search?criterion=sang+kien`)
    await page.waitForSelector('#results-table')
    await page.screenshot({ path: join(shots, 'search-narrow.png'), fullPage: false })
    await page.setViewportSize({ width: 1280, height: 800 })
  }, 60_000)

  it('no console errors, failed requests or dialogs', () => {
    expect(seen.problems).toEqual([])
    expect(seen.dialogs).toEqual([])
  })
})
