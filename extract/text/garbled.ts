// Legacy TCVN3 (ABC) and VNI fonts decode as Latin-1 lookalikes ("Céng hoµ", "Coäng hoøa").
// Vietnamese words use only the Vietnamese alphabet, so a high share of words with other
// letters means the text is garbled, not Vietnamese.
const VIET_LETTERS = /^[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]+$/u

const ALLOWED = new Set([...VIET_LETTERS.source.slice(2, -3)].filter((c) => c !== '-'))
for (let c = 0x41; c <= 0x5a; c++) { ALLOWED.add(String.fromCharCode(c)); ALLOWED.add(String.fromCharCode(c + 32)) }

// Share of words (runs of letters) containing a letter outside the Vietnamese alphabet; text is NFC.
export function garbledShare(text: string): number {
  const words = text.split(/[^\p{L}\p{M}]+/u)
  let n = 0, bad = 0
  for (const w of words) {
    if (!w) continue
    n++
    for (let i = 0; i < w.length; i++) if (!ALLOWED.has(w[i])) { bad++; break }
  }
  return n < 30 ? 0 : bad / n
}
