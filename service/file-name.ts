// A client's file name is metadata only: it is never joined to a path. It is still cleaned so
// that what is stored and echoed back is a plain base name without control characters.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g
const MAX_LENGTH = 255

export function safeFileName(raw: string | undefined): string {
  const noControl = (raw ?? '').normalize('NFC').replace(CONTROL, '')
  // Both separators: a Windows client sends C:\dir\file.docx.
  const base = noControl.split(/[/\\]/).pop() ?? ''
  const trimmed = base.trim().replace(/^\.+$/, '')
  return [...(trimmed || 'upload')].slice(0, MAX_LENGTH).join('')
}
