// Facts about the page as a whole.

/** The page's UI language from `<html lang>`, e.g. "pt-BR"; null when it does not say. */
export function pageLang(doc: Document): string | null {
  const lang = doc.documentElement.getAttribute('lang')?.trim();
  return lang ? lang.slice(0, 35) : null;
}
