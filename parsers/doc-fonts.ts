// Which font each stretch of a Word 97–2003 document's text is set in ([MS-DOC]): the font
// table (SttbfFfn) names the fonts; a run's font is its own (sprmCRgFtc0 in its CHPX), else its
// character style's, else its paragraph style's (STSH), else the document default. The text
// positions are file offsets (FCs), as word-extractor's piece table has them.

// FibRgFcLcb97 offsets in the WordDocument stream's FIB
const FIB = { fcStshf: 0x00a2, lcbStshf: 0x00a6, fcPlcfBteChpx: 0x00fa, lcbPlcfBteChpx: 0x00fe, fcPlcfBtePapx: 0x0102, lcbPlcfBtePapx: 0x0106, fcSttbfFfn: 0x0112, lcbSttbfFfn: 0x0116 }
const SPRM_FONT_ASCII = 0x4a4f // sprmCRgFtc0
const SPRM_FONT_OTHER = 0x4a51 // sprmCRgFtc2: the font of the rest of Latin-1, where legacy codes are
const SPRM_CHAR_STYLE = 0x4a30 // sprmCIstd
const FFN_NAME_OFFSET = 39 // FFN: ffid, wWeight, chs, ixchSzAlt, panose, fs, then xszFfn

export interface FontRun { readonly fcStart: number; readonly fcEnd: number; readonly font: string }

const slice = (buf: Buffer, fc: number, lcb: number): Buffer | null => (lcb > 0 && fc + lcb <= buf.length ? buf.subarray(fc, fc + lcb) : null)

export function readFontNames(word: Buffer, table: Buffer): string[] {
  const sttb = slice(table, word.readUInt32LE(FIB.fcSttbfFfn), word.readUInt32LE(FIB.lcbSttbfFfn))
  if (!sttb || sttb.length < 4) return []
  const count = sttb.readUInt16LE(0)
  const names: string[] = []
  for (let i = 0, at = 4; i < count && at < sttb.length; i++) {
    const size = sttb[at]
    const ffn = sttb.subarray(at + 1, at + 1 + size)
    const name = ffn.subarray(FFN_NAME_OFFSET).toString('utf16le')
    names.push(name.slice(0, name.indexOf('\0') >= 0 ? name.indexOf('\0') : undefined))
    at += 1 + size
  }
  return names
}

// Each sprm's code and operand offset; the operand's size follows from the sprm's spra bits.
function* sprms(grpprl: Buffer, from = 0): Generator<[number, number]> {
  let at = from
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at)
    at += 2
    yield [sprm, at]
    const spra = sprm >> 13
    const size = spra === 0 || spra === 1 ? 1 : spra === 2 || spra === 4 || spra === 5 ? 2 : spra === 3 ? 4 : spra === 7 ? 3
      : at < grpprl.length ? grpprl[at] + 1 : 1
    at += size
  }
}

interface RunProps { font: number | null; style: number | null }
function runProps(grpprl: Buffer): RunProps {
  const props: RunProps = { font: null, style: null }
  for (const [sprm, at] of sprms(grpprl)) {
    if (at + 2 > grpprl.length) break
    if (sprm === SPRM_FONT_ASCII || (sprm === SPRM_FONT_OTHER && props.font === null)) props.font = grpprl.readUInt16LE(at)
    else if (sprm === SPRM_CHAR_STYLE) props.style = grpprl.readUInt16LE(at)
  }
  return props
}

interface Style { base: number; font: number | null }
interface StyleSheet { styles: Map<number, Style>; defaultFont: number | null }

// STSH: STSHI (with the default fonts), then one length-prefixed STD per style: its base style
// and, for paragraph and character styles, the character properties it sets.
function readStyles(word: Buffer, table: Buffer): StyleSheet {
  const stsh = slice(table, word.readUInt32LE(FIB.fcStshf), word.readUInt32LE(FIB.lcbStshf))
  const styles = new Map<number, Style>()
  if (!stsh || stsh.length < 20) return { styles, defaultFont: null }
  const cbStshi = stsh.readUInt16LE(0)
  const cstd = stsh.readUInt16LE(2)
  const cbStdBase = stsh.readUInt16LE(4)
  const defaultFont = stsh.readUInt16LE(2 + 12) // rgftcStandardChpStsh[0]
  let at = 2 + cbStshi
  for (let istd = 0; istd < cstd && at + 2 <= stsh.length; istd++) {
    const cbStd = stsh.readUInt16LE(at)
    const std = stsh.subarray(at + 2, at + 2 + cbStd)
    at += 2 + cbStd
    if (cbStd < cbStdBase || std.length < 10) continue
    const stk = std.readUInt16LE(2) & 0x0f
    const base = std.readUInt16LE(2) >> 4
    const cupx = std.readUInt16LE(4) & 0x0f
    let p = cbStdBase
    const cch = std.readUInt16LE(p)
    p += 2 + 2 * cch + 2 // xstzName with its terminator
    let font: number | null = null
    for (let u = 0; u < cupx && p + 2 <= std.length; u++) {
      const cbUpx = std.readUInt16LE(p)
      const upx = std.subarray(p + 2, p + 2 + cbUpx)
      p += 2 + cbUpx + (cbUpx % 2)
      const isChpx = (stk === 1 && u === 1) || (stk === 2 && u === 0)
      if (isChpx) font = runProps(upx).font
    }
    if (stk === 1 || stk === 2) styles.set(istd, { base, font })
  }
  return { styles, defaultFont }
}

function styleFont(sheet: StyleSheet, istd: number | null): number | null {
  for (let i = 0, s = istd; s !== null && s !== 0x0fff && i < 20; i++) {
    const style = sheet.styles.get(s)
    if (!style) return null
    if (style.font !== null) return style.font
    s = style.base
  }
  return null
}

// (fc range, value) pairs of a PLC of BTEs pointing at 512-byte FKPs in the WordDocument stream.
function* fkpEntries(word: Buffer, table: Buffer, fcPlc: number, lcbPlc: number, paragraphs: boolean): Generator<[number, number, Buffer | null]> {
  const plc = slice(table, word.readUInt32LE(fcPlc), word.readUInt32LE(lcbPlc))
  if (!plc) return
  const n = (plc.length - 4) / 8
  for (let i = 0; i < n; i++) {
    const page = plc.readUInt32LE((n + 1) * 4 + i * 4)
    const fkp = word.subarray(page * 512, page * 512 + 512)
    if (fkp.length < 512) continue
    const crun = fkp[511]
    for (let j = 0; j < crun; j++) {
      const start = fkp.readUInt32LE(j * 4)
      const end = fkp.readUInt32LE((j + 1) * 4)
      const offset = fkp[(crun + 1) * 4 + j * (paragraphs ? 13 : 1)] * 2
      if (offset === 0) { yield [start, end, null]; continue }
      if (!paragraphs) { yield [start, end, fkp.subarray(offset + 1, offset + 1 + fkp[offset])]; continue }
      const cb = fkp[offset]
      yield [start, end, cb !== 0 ? fkp.subarray(offset + 1, offset + 2 * cb) : fkp.subarray(offset + 2, offset + 2 + 2 * fkp[offset + 1])]
    }
  }
}

// The font of every character run, by file offset.
export function readFontRuns(word: Buffer, table: Buffer, names: readonly string[]): FontRun[] {
  const sheet = readStyles(word, table)
  const paragraphs: Array<[number, number, number]> = []
  for (const [start, end, papx] of fkpEntries(word, table, FIB.fcPlcfBtePapx, FIB.lcbPlcfBtePapx, true)) {
    paragraphs.push([start, end, papx && papx.length >= 2 ? papx.readUInt16LE(0) : 0])
  }
  paragraphs.sort((a, b) => a[0] - b[0])
  const paragraphStyle = (fc: number): number => {
    let lo = 0, hi = paragraphs.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (paragraphs[mid][1] <= fc) lo = mid + 1
      else if (paragraphs[mid][0] > fc) hi = mid - 1
      else return paragraphs[mid][2]
    }
    return 0
  }
  const runs: FontRun[] = []
  for (const [start, end, chpx] of fkpEntries(word, table, FIB.fcPlcfBteChpx, FIB.lcbPlcfBteChpx, false)) {
    const own = chpx ? runProps(chpx) : { font: null, style: null }
    const ftc = own.font ?? styleFont(sheet, own.style) ?? styleFont(sheet, paragraphStyle(start)) ?? sheet.defaultFont
    const font = ftc === null ? undefined : names[ftc]
    if (font) runs.push({ fcStart: start, fcEnd: end, font })
  }
  return runs
}
