/**
 * Defines every element of the library. Importing this module is the side effect. It is the CDN's
 * whole-library entry (`dist/digest-elements.js`): the elements, `defineElements`,
 * `setDigestStrings` and the types, but not the contract's functions, which have a CDN entry of
 * their own (`dist/contract.js`) so that a page of elements does not carry every format adapter.
 * The npm package's main export (src/digest-elements.ts) adds the contract.
 */
import { RelatedRail } from '../elements/related-rail/related-rail.js';
import { SourceBadge } from '../elements/source-badge/source-badge.js';
import { SourceStack } from '../elements/source-stack/source-stack.js';
import { StoryCard } from '../elements/story-card/story-card.js';
import { StoryDigest } from '../elements/story-digest/story-digest.js';
import { defineElements } from '../element/register.js';
import { elementsByTag } from '../elements/registry.js';
import { setDigestStrings } from '../i18n/page-strings.js';

export type * from '../contract/article.js';
export type { Format, PageData } from '../contract/adapters/index.js';
export type { NormalizeOptions } from '../contract/normalize.js';
export type { UrlRuleOptions } from '../contract/url.js';
export type {
  DigestErrorDetail,
  DigestEventMap,
  DigestImpressionDetail,
  DigestLoadDetail,
  DigestSelectDetail,
  DigestShareDetail,
} from '../element/events.js';
export type { DateStyle } from '../i18n/dates.js';
export type { Counted, DigestStrings, Strings } from '../i18n/messages.js';
export { defineElements, RelatedRail, setDigestStrings, SourceBadge, SourceStack, StoryCard, StoryDigest };

defineElements(elementsByTag);
