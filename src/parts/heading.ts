import { html, nothing, type TemplateResult } from 'lit';

/** Clamps a `heading-level` attribute to a real heading level, falling back when it is not one. */
export function headingLevel(value: unknown, fallback: number, min = 1): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= min && level <= 6 ? level : fallback;
}

/**
 * A real `<h1>`–`<h6>` (search engines and screen readers both rely on the tag), chosen without
 * static templates so each level keeps a cached template. `name` is its part and class; `id`
 * is only set where something refers to it. A heading of text from the data takes `dir="auto"`,
 * so it is isolated and aligned like the paragraphs under it; interface text follows the page.
 */
export function heading(
  level: number,
  content: unknown,
  name = 'title',
  id?: string,
  dir?: 'auto',
): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${name} class=${name} id=${id ?? nothing} dir=${dir ?? nothing}>${content}</h1>`;
    case 2:
      return html`<h2 part=${name} class=${name} id=${id ?? nothing} dir=${dir ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 part=${name} class=${name} id=${id ?? nothing} dir=${dir ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${name} class=${name} id=${id ?? nothing} dir=${dir ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${name} class=${name} id=${id ?? nothing} dir=${dir ?? nothing}>${content}</h5>`;
    default:
      return html`<h6 part=${name} class=${name} id=${id ?? nothing} dir=${dir ?? nothing}>${content}</h6>`;
  }
}

/**
 * A card's title: heading and link in one template, since every template a card nests is paid
 * again by every card on the page. Levels 2 to 6 (a card is never a page's `<h1>`).
 */
export function linkedTitle(level: number, href: string, title: string): TemplateResult {
  // One line each: a heading's text is exactly its link's (no whitespace around it), as in heading().
  // prettier-ignore
  switch (level) {
    case 2: return html`<h2 part="title" class="title" dir="auto"><a part="title-link" href=${href}>${title}</a></h2>`;
    case 3: return html`<h3 part="title" class="title" dir="auto"><a part="title-link" href=${href}>${title}</a></h3>`;
    case 4: return html`<h4 part="title" class="title" dir="auto"><a part="title-link" href=${href}>${title}</a></h4>`;
    case 5: return html`<h5 part="title" class="title" dir="auto"><a part="title-link" href=${href}>${title}</a></h5>`;
    default: return html`<h6 part="title" class="title" dir="auto"><a part="title-link" href=${href}>${title}</a></h6>`;
  }
}
