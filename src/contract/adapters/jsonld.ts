import type { Article, ArticleImage, Source } from '../article.js';
import { date, get, host, list, num, obj, pick, str, unsuffix } from './read.js';

type Resolve = (value: unknown) => unknown;

/** The first usable image of a URL, an ImageObject, or an array or `@list` of them. */
function image(value: unknown, ref: Resolve): ArticleImage | undefined {
  for (let item of list(value)) {
    item = ref(item);
    const src = str(item) ?? pick(item, 'url', 'contentUrl');
    if (src) return { src, width: num(get(item, 'width')), height: num(get(item, 'height')) };
  }
  return undefined;
}

/** The name of a Person or Organization (or a plain string). */
const nameOf = (value: unknown): string | undefined => str(value) ?? pick(value, 'name');

/** A cited work (a URL, or a CreativeWork with a publisher) as a source. */
function cited(value: unknown, ref: Resolve): Source {
  value = ref(value);
  const text = str(value);
  // Text that is not an absolute URL is a bibliographic citation: a name, never a link.
  const url = host(text) ? text : pick(value, 'url');
  const title = pick(value, 'headline', 'name');
  return {
    name: nameOf(ref(list(get(value, 'publisher'))[0])) ?? host(url) ?? title ?? (text as string),
    url,
    title,
  };
}

function article(node: unknown, ref: Resolve): Article | undefined {
  const at = (key: string) => get(node, key);
  const headline = pick(node, 'headline', 'name');
  if (!headline) return undefined;
  const publisher = ref(list(at('publisher'))[0]);
  const name = nameOf(publisher);
  const page = ref(at('mainEntityOfPage'));
  const url = pick(node, 'url') ?? str(page) ?? pick(page, 'url', '@id');
  return {
    id: pick(node, '@id') ?? url,
    title: unsuffix(headline, name),
    url,
    summary: pick(node, 'description'),
    publishedAt: date(pick(node, 'datePublished', 'dateCreated')),
    updatedAt: date(pick(node, 'dateModified')),
    image: image(at('image') ?? at('thumbnailUrl'), ref),
    // The publisher first, then the works the story cites.
    sources: [
      { name: name as string, url, logo: image(get(publisher, 'logo'), ref)?.src },
      ...[...list(at('citation')), ...list(at('isBasedOn'))].map((work) => cited(work, ref)),
    ].filter((source) => source.name),
    tags: list(at('keywords'))
      .flatMap((words) => str(words)?.split(',') ?? [])
      // Platform flags such as Medium's "Lite:true" are not topics. (The normalizer trims tags.)
      .filter((tag) => !/^\s*\w+:\S*$/.test(tag)),
  };
}

const ARTICLE = /(Article|BlogPosting)$/;

/**
 * The articles in parsed JSON-LD: one block, an array of blocks (nested arrays too) and `@graph`s,
 * with `{"@id"}` references resolved against the other top-level nodes.
 */
export function jsonld(value: unknown): Article[] {
  const seen = new Set<unknown>();
  const walk = (from: unknown): void => {
    for (const item of list(from)) {
      if (typeof item == 'object' && item && seen.size < 500 && !seen.has(item)) {
        seen.add(item);
        if (Array.isArray(item)) walk(item);
        walk(get(item, '@graph'));
      }
    }
  };
  walk(value);
  const nodes = [...seen].filter(obj);
  const ids = new Map<unknown, unknown>();
  for (const node of nodes) {
    const id = pick(node, '@id');
    // Bare references ({"@id"} with no type) never shadow the node they point to.
    if (id && get(node, '@type') && !ids.has(id)) ids.set(id, node);
  }
  const ref: Resolve = (item) => ids.get(pick(item, '@id')) ?? item;
  return nodes
    .filter((node) => list(get(node, '@type')).some((type) => ARTICLE.test(str(type) ?? '')))
    .map((node) => article(node, ref))
    .filter((item) => item) as Article[];
}
