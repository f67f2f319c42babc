/**
 * The text of an export file from its bytes: UTF-8 (a byte-order mark kept,
 * for the table reader to drop), UTF-16 when it starts with its mark (Excel's
 * "Unicode text"), and Windows-1252 for the older Excel exports that are not
 * UTF-8, so that no accented client name turns into `�` and stops matching
 * its note. A UTF-8 file with some bytes that are not (a description cut in
 * the middle of a character, a paste from elsewhere) stays UTF-8, those
 * bytes read as `�`; the reader of the export says which rows have them
 * (exportFile.ts), and that a file was read as Windows-1252: neither is
 * silent.
 */

/** How an export's bytes were read. */
export type ExportEncoding = 'utf-8' | 'utf-16' | 'windows-1252';

export interface DecodedExport {
  text: string;
  encoding: ExportEncoding;
}

export function decodeExport(bytes: Uint8Array): DecodedExport {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16' };
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  // Not all UTF-8: UTF-8 with damage when it has any character that UTF-8
  // wrote (beyond ASCII, other than the `�` of the bytes it could not read);
  // a Windows-1252 file of accented names seldom makes a UTF-8 character.
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (/[^\x00-\x7f\ufffd]/.test(lenient)) return { text: lenient, encoding: 'utf-8' };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

/** UTF-8 text with its byte-order mark kept (so that writing it back gives the same bytes), or undefined when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
