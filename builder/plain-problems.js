/**
 * The normalizer's problems ("article.sources[2].url is not a usable http(s) URL") in words an
 * editor reads without knowing JSON ("Source 3: its link is not a web address starting with
 * http:// or https://, so it was left out.").
 */

const FIELDS = {
  title: 'title',
  url: 'link',
  summary: 'summary',
  publishedAt: 'publication date',
  updatedAt: 'update date',
  image: 'image',
  src: 'address',
  alt: 'description',
  width: 'width',
  height: 'height',
  name: 'name',
  logo: 'logo',
  domain: 'domain',
  curator: 'curator',
  heading: 'heading',
  sourceCount: 'number of sources',
  tags: 'tags',
  sources: 'sources',
  sections: 'sections',
  related: 'related stories',
  count: 'number of sources',
};

const ITEMS = {
  sources: 'source',
  sections: 'section',
  paragraphs: 'paragraph',
  related: 'related story',
  articles: 'story',
  tags: 'tag',
};

const WHAT = [
  [/^is not a usable .* URL$/, 'is not a web address starting with http:// or https://, so it was left out'],
  [/^is not an ISO 8601 date$/, 'is not a date the elements can read (write it like 2025-01-15T08:02:00Z)'],
  [/^is not a string$/, 'is not text, so it was left out'],
  [/^is not a list$/, 'is not a list, so it was left out'],
  [/^is not an object$/, 'is not in the expected shape, so it was left out'],
  [/^is missing$/, 'is missing'],
  [/^has no heading and no paragraphs$/, 'has no heading and no text, so it was left out'],
  [/^is not a whole number from 0 to (\d+)$/, 'is not a whole number'],
  [/^could not be read$/, 'could not be read'],
];

/** "article.sources[2].url" → ["source 3", "link"]. */
function subjects(path) {
  const words = [];
  for (const segment of path.split('.')) {
    const item = /^(\w+)\[(\d+)\]$/.exec(segment);
    if (item) words.push(`${ITEMS[item[1]] ?? item[1]} ${Number(item[2]) + 1}`);
    else if (segment === 'article' || segment === 'source') continue;
    else words.push(FIELDS[segment] ?? segment);
  }
  return words;
}

export function plainProblem(problem) {
  const space = problem.indexOf(' ');
  if (space < 0) return problem;
  const path = problem.slice(0, space);
  const what = problem.slice(space + 1);
  const rule = WHAT.find(([pattern]) => pattern.test(what));
  if (!rule || !/^[\w.[\]]+$/.test(path)) return problem;
  const words = subjects(path);
  const phrase = rule[1];
  const subject = words.length === 0 ? 'The story' : words.join(', ');
  const sentence = words.length === 0 ? `${subject} ${phrase}` : `${subject}: ${phraseOf(phrase)}`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** "is missing" → "missing"; "is not text, …" → "not text, …": the subject is already named. */
function phraseOf(phrase) {
  return phrase.replace(/^(is|has) /, (_, verb) => (verb === 'has' ? 'has ' : ''));
}
