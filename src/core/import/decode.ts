/**
 * The text of an export file from its bytes: UTF-8 (a byte-order mark kept,
 * for the table reader to drop), UTF-16 when it starts with its mark (Excel's
 * "Unicode text"), and Windows-1252 for the older Excel exports that are not
 * valid UTF-8, so that no accented client name turns into `�` and stops
 * matching its note.
 */
export function decodeExport(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf8 = decodeUtf8(bytes);
  return utf8 ?? new TextDecoder('windows-1252').decode(bytes);
}

/** UTF-8 text with its byte-order mark kept (so that writing it back gives the same bytes), or undefined when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
