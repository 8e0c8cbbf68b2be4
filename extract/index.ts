export { extractRecord, type ExtractContext } from './extract-record.ts'
export { EXTRACTOR_VERSION } from './version.ts'
export { foldAscii, foldTone, matchKey, normalizeText } from './text/normalize.ts'
export { notADocumentReason } from './genre.ts'
