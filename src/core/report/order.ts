/** The report's tie-break: by name ignoring case, then by file, so every list has one order. */
export function byName(a: { name: string; file: string }, b: { name: string; file: string }): number {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
