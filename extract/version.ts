// Bumped whenever extraction rules change, so stored records made by older rules can be re-extracted.
export const EXTRACTOR_VERSION = '0.6.0'
