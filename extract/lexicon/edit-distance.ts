// natural's DamerauLevenshteinDistance (unrestricted, unit costs), step for step, on one typed
// array: natural builds an object per cell and per candidate parent, and the fuzzy heading match
// spent most of the extraction core's time in it. The result is natural's, quirks included (a
// transposition inside one row can count one edit fewer than the true distance), so a heading is
// read as it was; test/extract/edit-distance.test.ts holds the two to the same answers.

let matrix = new Int32Array(0)
let sourceId = new Int32Array(64), targetId = new Int32Array(64), lastRow = new Int32Array(64)
// a character's place among the source's distinct characters, plus one (0: not in the source);
// emptied again after each call
const ID_OF_CODE = new Int32Array(0x10000)

export function damerauLevenshtein(source: string, target: string): number {
  const rows = source.length, cols = target.length, w = cols + 1
  if (matrix.length < (rows + 1) * w) matrix = new Int32Array((rows + 1) * w * 2)
  if (sourceId.length < rows) { sourceId = new Int32Array(rows * 2); lastRow = new Int32Array(rows * 2) }
  if (targetId.length < cols) targetId = new Int32Array(cols * 2)
  const d = matrix
  for (let c = 0; c <= cols; c++) d[c] = c
  for (let r = 1; r <= rows; r++) d[r * w] = r
  // natural's lastRowMap (the last row whose source character was this one, never reset) is
  // lastRow[id] here, ids found once per character instead of a map lookup per cell
  let distinct = 0
  for (let r = 0; r < rows; r++) {
    const code = source.charCodeAt(r)
    if (ID_OF_CODE[code] === 0) ID_OF_CODE[code] = ++distinct
    sourceId[r] = ID_OF_CODE[code] - 1
  }
  for (let c = 0; c < cols; c++) targetId[c] = ID_OF_CODE[target.charCodeAt(c)] - 1 // -1: not in the source
  for (let r = 0; r < rows; r++) ID_OF_CODE[source.charCodeAt(r)] = 0
  lastRow.fill(0, 0, distinct) // 0 = not seen yet
  for (let r = 1; r <= rows; r++) {
    const s = sourceId[r - 1]
    let lastColMatch = 0 // none yet in this row
    for (let c = 1; c <= cols; c++) {
      const t = targetId[c - 1]
      let cost = d[r * w + c - 1] + 1
      const del = d[(r - 1) * w + c] + 1
      if (del < cost) cost = del
      const sub = d[(r - 1) * w + c - 1] + (s === t ? 0 : 1)
      if (sub < cost) cost = sub
      if (r > 1 && c > 1 && lastColMatch > 0 && t >= 0 && lastRow[t] > 0) {
        const lr = lastRow[t]
        const tr = d[(lr - 1) * w + lastColMatch - 1] + (r - lr - 1) + (c - lastColMatch - 1) + 1
        if (tr < cost) cost = tr
      }
      d[r * w + c] = cost
      lastRow[s] = r
      if (s === t) lastColMatch = c
    }
  }
  return d[rows * w + cols]
}
