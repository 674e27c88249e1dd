import { getCustomElements, type ArgTypes } from '@storybook/web-components-vite';

/*
 * Arg types for the docs tables and Controls, read from custom-elements.json.
 *
 * Storybook's own reader keys every row by its bare name, so a CSS part that shares a name with
 * an attribute replaces it: `<source-badge>`'s `name` and `logo` attributes and
 * `<source-stack>`'s `count` lost their controls to the parts of the same names. It also lists
 * private fields and shows each Lit property twice (as property and as attribute). This reader
 * keeps one row per public property (under its attribute name when it has one), gives the rows
 * of other categories their own keys, and chooses a control from the declared type.
 */

interface Item {
  name: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
}

interface Member extends Item {
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface Attribute extends Item {
  fieldName?: string;
}

interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

function declarationOf(tagName: string): Declaration | undefined {
  const manifest = getCustomElements() as Manifest | undefined;
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tagName) return declaration;
    }
  }
  return undefined;
}

/** `'a' | 'b' | undefined` → `'a' | 'b'`: optional properties add nothing a reader needs. */
function typeText(item: Item): string {
  const text = item.type?.text ?? '';
  return text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined')
    .join(' | ');
}

/**
 * Named unions the manifest leaves as a bare name (the analyzer does not follow type aliases), spelt
 * out so that they get choices instead of an object editor. `Format` grows with the adapters: a new
 * format is added here too.
 */
const ALIASES: Record<string, string> = {
  DateStyle: "'absolute' | 'relative' | 'auto'",
  Format: "'digest' | 'jsonld' | 'jsonfeed' | 'newsapi' | 'rss' | 'atom' | 'wordpress' | 'opengraph'",
};

/** Up to this many choices show as radio buttons side by side; more as a drop-down. */
const MAX_RADIO_CHOICES = 4;

function controlFor(type: string): Partial<ArgTypes[string]> {
  const options = (ALIASES[type] ?? type).split(' | ');
  if (options.length > 1 && options.every((option) => /^'[^']*'$/.test(option))) {
    const control = options.length > MAX_RADIO_CHOICES ? 'select' : 'inline-radio';
    return { control: { type: control }, options: options.map((option) => option.slice(1, -1)) };
  }
  switch (type) {
    case 'string':
      return { control: { type: 'text' } };
    case 'number':
      return { control: { type: 'number' } };
    case 'boolean':
      return { control: { type: 'boolean' } };
    default:
      return { control: { type: 'object' } };
  }
}

function row(item: Item, category: string, type = typeText(item)): ArgTypes[string] {
  return {
    name: item.name,
    description: item.description ?? item.summary ?? '',
    table: {
      category,
      ...(type ? { type: { summary: type } } : {}),
      ...(item.default === undefined ? {} : { defaultValue: { summary: item.default } }),
    },
    control: { disable: true },
  };
}

/** `digest-select` → `onDigestSelect`, the arg a story binds to the event for the Actions panel. */
export function actionArg(eventName: string): string {
  return `on${eventName.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;
}

export function argTypesFromManifest(tagName: unknown): ArgTypes | undefined {
  if (typeof tagName !== 'string') return undefined;
  const declaration = declarationOf(tagName);
  if (!declaration) return undefined;
  const argTypes: ArgTypes = {};

  const fields = (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected',
  );
  for (const field of fields) {
    const attribute = declaration.attributes?.find((candidate) => candidate.fieldName === field.name);
    const type = typeText(field);
    const base = row(field, attribute ? 'attributes' : 'properties', type);
    const key = attribute?.name ?? field.name;
    const alias = attribute && attribute.name !== field.name ? ` Property: \`${field.name}\`.` : '';
    argTypes[key] = { ...base, ...controlFor(type), name: key, description: `${base.description}${alias}` };
  }

  for (const event of declaration.events ?? []) {
    const action = actionArg(event.name);
    argTypes[action] = { name: action, action: event.name, table: { disable: true } };
    argTypes[`event:${event.name}`] = row(event, 'events', '');
  }
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name}`] = row({ ...slot, name: slot.name || '(default)' }, 'slots', '');
  }
  for (const part of declaration.cssParts ?? []) {
    argTypes[`part:${part.name}`] = row(part, 'css shadow parts', '');
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = row(property, 'css custom properties', '');
  }
  return argTypes;
}
