// Vietnamese decimals use a comma ("4,25"); many documents use a dot ("3.5", "1.00").
// Points in this genre are small numbers, so "1.000" style thousands never occur in a score;
// a separator followed by 1–3 digits is a decimal point.
export const NUM = String.raw`\d+(?:[.,]\d+)?`

export function parseViNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s+/g, '')
  if (!/^\d+(?:[.,]\d+)?$/.test(s)) return null
  const n = Number(s.replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

export const round2 = (n: number): number => Math.round(n * 100) / 100

export const nearlyEqual = (a: number, b: number, tol = 0.011): boolean => Math.abs(a - b) <= tol
