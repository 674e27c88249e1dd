// Writes what editors and frameworks need to know about the elements, all from custom-elements.json
// (which the analyzer builds from each class's JSDoc, so the JSDoc stays the one source):
//
// - vscode.html-custom-data.json: VS Code's HTML custom data (tags, attributes, their values);
// - web-types.json: the same for JetBrains IDEs, plus properties, events, parts and CSS properties;
// - dist/types/elements.d.ts: each element's properties, attributes and events as TypeScript
//   interfaces, typed by the classes themselves (`StoryCard['layout']`) with the JSDoc copied over;
// - dist/types/react.d.ts, vue.d.ts, svelte.d.ts: the tags for React 19 JSX, Vue templates and
//   Svelte 5 markup, built on elements.d.ts.
//
// Run after `npm run analyze` and `tsc -p tsconfig.build.json` (the typings import dist/lib).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const DOCS = 'https://github.com/digest-elements/digest-elements#';

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length === 0) throw new Error('custom-elements.json lists no elements: run `npm run analyze`');

/** String-literal unions declared as `export type Name = 'a' | 'b';` anywhere in src/, by name. */
const aliases = new Map();
for (const file of walk('src')) {
  if (!file.endsWith('.ts')) continue;
  for (const [, name, union] of readFileSync(file, 'utf8').matchAll(/export type (\w+) =\s*([^;]+);/g)) {
    const values = literals(union);
    if (values) aliases.set(name, values);
  }
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** `'a' | 'b' | undefined` → ['a', 'b']; anything that is not only string literals → undefined. */
function literals(text) {
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== 'undefined');
  if (parts.length === 0 || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** The values an attribute takes, for enum-like types (directly or through a type alias). */
function valuesOf(type) {
  const text = type?.text?.replace(/\s*\|\s*undefined$/, '').trim();
  if (!text) return undefined;
  return literals(text) ?? aliases.get(text);
}

const isBoolean = (type) => /^boolean(\s*\|\s*undefined)?$/.test(type?.text ?? '');
const anchor = (tag) => `${DOCS}${tag}`;
const publicFields = (element) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static);
const fieldFor = (element, attribute) =>
  publicFields(element).find((field) => field.name === (attribute.fieldName ?? attribute.name));
const typeOf = (element, attribute) => attribute.type ?? fieldFor(element, attribute)?.type;

// VS Code: https://github.com/microsoft/vscode-custom-data (format version 1.1).
const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: element.summary ?? element.description ?? '',
    attributes: (element.attributes ?? []).map((attribute) => {
      const type = typeOf(element, attribute);
      const values = valuesOf(type);
      return {
        name: attribute.name,
        description: attribute.description ?? fieldFor(element, attribute)?.description ?? '',
        ...(isBoolean(type) ? { valueSet: 'v' } : {}),
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
    references: [{ name: 'Documentation', url: anchor(element.tagName) }],
  })),
};

// JetBrains: https://github.com/JetBrains/web-types (schema web-types 2.0).
const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'js-types-syntax': 'typescript',
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: element.summary ?? element.description ?? '',
        'doc-url': anchor(element.tagName),
        attributes: (element.attributes ?? []).map((attribute) => {
          const type = typeOf(element, attribute);
          const values = valuesOf(type);
          const field = fieldFor(element, attribute);
          return {
            name: attribute.name,
            description: attribute.description ?? field?.description ?? '',
            ...(field?.default ? { default: field.default } : {}),
            value: isBoolean(type)
              ? { kind: 'no-value', type: 'boolean' }
              : {
                  kind: 'plain',
                  type: values
                    ? values.map((value) => `'${value}'`).join(' | ')
                    : (type?.text?.replace(/\s*\|\s*undefined$/, '') ?? 'string'),
                },
            ...(values ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
        js: {
          properties: publicFields(element).map((field) => ({
            name: field.name,
            description: field.description ?? '',
            ...(field.type?.text ? { type: field.type.text } : {}),
          })),
          events: (element.events ?? []).map((event) => ({
            name: event.name,
            description: event.description ?? '',
          })),
        },
        css: {
          parts: (element.cssParts ?? []).map((part) => ({
            name: part.name,
            description: part.description ?? '',
          })),
          properties: (element.cssProperties ?? []).map((property) => ({
            name: property.name,
            description: property.description ?? '',
          })),
        },
      })),
    },
  },
};

// TypeScript: the interfaces every framework file builds on.
const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
const doc = (text, indent = '  ') => {
  if (!text) return '';
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  return lines.length === 1
    ? `${indent}/** ${lines[0]} */\n`
    : `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
};
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

const header = (purpose) =>
  `// Generated by scripts/editor-data.mjs from custom-elements.json: edit the elements' JSDoc instead.\n// ${purpose}\n`;

let types = header("Each element's properties, attributes and events, typed by the element classes.");
types += `import type { DigestEventMap, ${elements.map((element) => element.name).join(', ')} } from '../lib/digest-elements.js';

/** What an attribute accepts: a number property's attribute also takes the number as text. */
export type AttributeValue<T> = T extends number ? T | \`\${number}\` : T;

/** The event object of a \`digest-*\` event. */
export type DigestEvent<K extends string> = K extends keyof DigestEventMap ? DigestEventMap[K] : CustomEvent<unknown>;
`;
for (const element of elements) {
  const name = pascal(element.tagName);
  const fields = publicFields(element);
  const renamed = (element.attributes ?? []).filter(
    (attribute) => attribute.fieldName && attribute.fieldName !== attribute.name,
  );
  types += `\n/** Properties of \`<${element.tagName}>\`: ${element.summary ?? ''} */\nexport interface ${name}Properties {\n`;
  for (const field of fields)
    types += `${doc(field.description)}  ${key(field.name)}?: ${element.name}['${field.name}'];\n`;
  types += `}\n\n/** Attributes of \`<${element.tagName}>\` whose names differ from their properties'. */\nexport interface ${name}Attributes {\n`;
  for (const attribute of renamed) {
    const description = attribute.description ?? fieldFor(element, attribute)?.description;
    types += `${doc(description)}  '${attribute.name}'?: AttributeValue<${element.name}['${attribute.fieldName}']>;\n`;
  }
  types += `}\n\n/** Events \`<${element.tagName}>\` dispatches, by name. */\nexport interface ${name}Events {\n`;
  for (const event of element.events ?? []) {
    types += `${doc(event.description)}  '${event.name}': DigestEvent<'${event.name}'>;\n`;
  }
  types += `}\n`;
}
types += `\n/** Every element: its class, properties, attributes and events, by tag name. */\nexport interface DigestElements {\n`;
for (const element of elements) {
  const name = pascal(element.tagName);
  types += `  '${element.tagName}': {\n    element: ${element.name};\n    properties: ${name}Properties;\n    attributes: ${name}Attributes;\n    events: ${name}Events;\n  };\n`;
}
types += `}\n`;

const tagList = (render) => elements.map((element) => render(element.tagName)).join('');

const react = `${header("React 19 JSX: `import type {} from 'digest-elements/react';` once in the app.")}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DigestElements } from './elements.js';

/**
 * React 19 sets a custom element's known properties as properties, and adds a listener for a prop
 * named \`on\` + event name (\`ondigest-select\` listens to \`digest-select\`).
 */
type Handlers<Events> = {
  [K in keyof Events as \`on\${K & string}\`]?: (event: Events[K]) => void;
};

export type DigestElementProps<Tag extends keyof DigestElements> = DetailedHTMLProps<
  HTMLAttributes<DigestElements[Tag]['element']>,
  DigestElements[Tag]['element']
> &
  DigestElements[Tag]['properties'] &
  DigestElements[Tag]['attributes'] &
  Handlers<DigestElements[Tag]['events']>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tagList((tag) => `      '${tag}': DigestElementProps<'${tag}'>;\n`)}    }
  }
}
`;

const vue = `${header("Vue 3 templates: `import type {} from 'digest-elements/vue';` once in the app.")}import type { HTMLAttributes } from 'vue';
import type { DigestElements } from './elements.js';

type Camel<S extends string> = S extends \`\${infer Head}-\${infer Tail}\` ? \`\${Head}\${Capitalize<Camel<Tail>>}\` : S;

/** \`@digest-select\` in a template is the prop \`onDigestSelect\`. */
type Handlers<Events> = {
  [K in keyof Events as \`on\${Capitalize<Camel<K & string>>}\`]?: (event: Events[K]) => void;
};

type Emit<Events> = <K extends keyof Events>(event: K, payload: Events[K]) => void;

export type DigestElementProps<Tag extends keyof DigestElements> = HTMLAttributes &
  DigestElements[Tag]['properties'] &
  DigestElements[Tag]['attributes'] &
  Handlers<DigestElements[Tag]['events']>;

/** A custom element as Vue's tooling reads a component: its instance, \`$props\` and \`$emit\`. */
export type DigestComponent<Tag extends keyof DigestElements> = new () => DigestElements[Tag]['element'] & {
  /** For template type checking only; the element has no \`$props\`. */
  $props: DigestElementProps<Tag>;
  /** For template type checking only; the element has no \`$emit\`. */
  $emit: Emit<DigestElements[Tag]['events']>;
};

declare module 'vue' {
  interface GlobalComponents {
${tagList((tag) => `    '${tag}': DigestComponent<'${tag}'>;\n`)}  }
}
`;

const svelte = `${header("Svelte 5 markup: `import type {} from 'digest-elements/svelte';` once in the app.")}import type { HTMLAttributes } from 'svelte/elements';
import type { DigestElements } from './elements.js';

/** Svelte 5 listens to \`digest-select\` for the attribute \`ondigest-select\`. */
type Handlers<Events> = {
  [K in keyof Events as \`on\${K & string}\`]?: (event: Events[K]) => void;
};

export type DigestElementProps<Tag extends keyof DigestElements> = HTMLAttributes<DigestElements[Tag]['element']> &
  DigestElements[Tag]['properties'] &
  DigestElements[Tag]['attributes'] &
  Handlers<DigestElements[Tag]['events']>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${tagList((tag) => `    '${tag}': DigestElementProps<'${tag}'>;\n`)}  }
}
`;

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync('vscode.html-custom-data.json', json(vscode));
writeFileSync('web-types.json', json(webTypes));
mkdirSync('dist/types', { recursive: true });
writeFileSync('dist/types/elements.d.ts', types);
writeFileSync('dist/types/react.d.ts', react);
writeFileSync('dist/types/vue.d.ts', vue);
writeFileSync('dist/types/svelte.d.ts', svelte);
console.log(
  `editor data: ${elements.length} elements → vscode.html-custom-data.json, web-types.json, dist/types/{elements,react,vue,svelte}.d.ts`,
);
