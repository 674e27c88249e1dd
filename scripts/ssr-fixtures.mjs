// Renders every element on the server, with the package's own `digest-elements/ssr` entry, into
// HTML pages under test/ssr/generated/ (not committed). test/ssr/hydration.test.ts then loads each
// page in the browser: the content must show before any script, and Lit's hydration must take it
// over without rendering it again. Needs the npm build in dist/lib (`npm run build`, or
// `npx tsc -p tsconfig.build.json`). Exits non-zero when an element renders nothing on the server.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { acceptedAttributes, renderDigestHTML } from 'digest-elements/ssr';

const out = new URL('../test/ssr/generated/', import.meta.url);

const sources = [
  { name: 'Metro Daily', url: 'https://metro.example/story', title: 'Council approves the plan' },
  { name: 'The Verge', url: 'https://verge.example/story' },
  { name: 'Harbor Gazette', url: 'https://harbor.example/story' },
];

/** Date-only, so it reads the same in every time zone, and `absolute`, so it does not age. */
const story = (n, extra = {}) => ({
  id: `ssr-${n}`,
  title: `Server-rendered story ${n}`,
  url: `https://news.example/stories/${n}`,
  summary: `What happened in story ${n}, in two sentences. Rendered on the server.`,
  publishedAt: '2024-03-05',
  sources: sources.slice(0, 2),
  ...extra,
});

const digest = story(1, {
  curator: { name: 'Ada Editor', url: 'https://news.example/people/ada' },
  sources,
  sourceCount: 12,
  sections: [
    {
      heading: 'What we know',
      paragraphs: ['The council voted on Tuesday [1].', 'Both papers agree [1][2].'],
    },
    { paragraphs: ['Reactions are still coming in [3].'] },
  ],
  related: [story(2), story(3)],
});

/** name → what to render, and what the test looks for. */
const fixtures = [
  {
    name: 'source-badge',
    tag: 'source-badge',
    data: sources[0],
    options: { attributes: { label: 'visible' } },
    title: 'Metro Daily',
  },
  {
    name: 'source-stack',
    tag: 'source-stack',
    data: sources,
    options: { attributes: { count: 12 } },
    title: '12 Sources',
  },
  {
    name: 'story-card',
    tag: 'story-card',
    // A relative URL: resolved on the server against the page, kept absolute in the inline JSON.
    data: story(1, { url: '/stories/1' }),
    options: { baseUrl: 'https://news.example/today', attributes: { 'date-style': 'absolute' } },
    title: 'Server-rendered story 1',
    select: 'https://news.example/stories/1',
  },
  {
    name: 'story-card-de',
    tag: 'story-card',
    data: story(1),
    options: { lang: 'de', attributes: { layout: 'horizontal', 'date-style': 'absolute', theme: 'dark' } },
    title: 'Server-rendered story 1',
    select: 'https://news.example/stories/1',
  },
  {
    name: 'related-rail',
    tag: 'related-rail',
    data: [story(1), story(2), story(3)],
    options: { attributes: { layout: 'grid', 'date-style': 'absolute', heading: 'More from the desk' } },
    title: 'Server-rendered story 2',
    select: 'https://news.example/stories/1',
  },
  {
    name: 'story-digest',
    tag: 'story-digest',
    data: digest,
    options: { attributes: { 'date-style': 'absolute' } },
    title: 'Server-rendered story 1',
    // The first title link in a digest is its related rail's first card.
    select: 'https://news.example/stories/2',
  },
];

const page = (name, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>SSR fixture: ${name}</title>
    <style>
      body { margin: 0; width: 1100px; font-family: sans-serif; }
    </style>
  </head>
  <body>
    ${body}
  </body>
</html>
`;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const manifest = [];
let failed = false;
for (const { name, tag, data, options, title, select } of fixtures) {
  const html = await renderDigestHTML(tag, data, {
    ...options,
    onProblems: (problems) => {
      failed = true;
      console.error(`${name}: the fixture's data has problems:\n- ${problems.join('\n- ')}`);
    },
  });
  // Rendering nothing on the server leaves an empty template: the check that matters most.
  if (!html.includes('shadowrootmode="open"') || !html.includes(title.replace(/&/g, '&amp;'))) {
    failed = true;
    console.error(`${name}: <${tag}> rendered no content on the server`);
  }
  writeFileSync(new URL(`${name}.html`, out), page(name, html));
  manifest.push({ name, tag, file: `${name}.html`, title, select: select ?? null });
}
// Server rendering takes every attribute an element declares, as the Custom Elements Manifest (made
// by the analyzer from the sources, not by ssr.ts) lists them, except the loading attributes of
// RemoteData: on the server the data is given, never fetched.
const elements = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'))
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);
for (const { tagName, attributes = [] } of elements) {
  const accepted = acceptedAttributes(tagName);
  for (const { name, inheritedFrom } of attributes) {
    if (inheritedFrom?.name === 'RemoteData' || accepted.includes(name)) continue;
    failed = true;
    console.error(`<${tagName}> declares the attribute "${name}", which renderDigestHTML() does not accept`);
  }
}
if (elements.length !== 5) {
  failed = true;
  console.error(`custom-elements.json lists ${elements.length} elements, not the five of README`);
}

writeFileSync(new URL('manifest.json', out), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`ssr-fixtures: ${manifest.length} pages in test/ssr/generated/`);
if (failed) process.exit(1);
