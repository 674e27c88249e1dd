import type { CSSResult } from 'lit';

/** Copies of the styles for other documents (iframes), built once per document. */
const sheetsByDocument = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/**
 * A document only takes stylesheets constructed in it, and Lit builds them in the document that
 * loaded the library. An element moved into an iframe gets copies built there; a document
 * without a window renders nothing and gets none.
 */
export function stylesFor(styles: CSSResult[], target: Document): CSSStyleSheet[] {
  if (target === document) return styles.map((style) => style.styleSheet as CSSStyleSheet);
  const Sheet = target.defaultView?.CSSStyleSheet;
  if (!Sheet) return [];
  let sheets = sheetsByDocument.get(target);
  if (!sheets) sheetsByDocument.set(target, (sheets = new Map()));
  return styles.map(({ cssText }) => {
    let sheet = sheets.get(cssText);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(cssText);
      sheets.set(cssText, sheet);
    }
    return sheet;
  });
}
