/** Lower-case and strip diacritics: "Épicerie" -> "epicerie". Used to compare names people type. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
