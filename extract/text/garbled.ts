// Legacy TCVN3 (ABC) and VNI fonts decode as Latin-1 lookalikes ("Céng hoµ", "Coäng hoøa").
// Vietnamese words use only the Vietnamese alphabet, so a high share of words with other
// letters means the text is garbled, not Vietnamese.
const VIET_LETTERS = /^[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]+$/u

export function garbledShare(text: string): number {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? []
  if (words.length < 30) return 0
  const bad = words.filter((w) => !VIET_LETTERS.test(w.normalize('NFC'))).length
  return bad / words.length
}
