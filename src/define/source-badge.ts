/** Defines `<source-badge>`. Importing this module is the side effect. */
import { SourceBadge } from '../elements/source-badge/source-badge.js';
import { defineElements } from '../element/register.js';

export { SourceBadge };

defineElements({ 'source-badge': SourceBadge });
