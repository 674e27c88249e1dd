/** Japanese, fetched when a block on the page speaks it. */
import type { Strings } from '../translations.js';

export const strings: Strings = {
  unavailable: 'この記事は表示できません',
  loading: '読み込み中…',
  retry: '再試行',
  logo: '{name}のロゴ',
  continueReading: 'あわせて読みたい',
  previous: '前の記事',
  next: '次の記事',
  curatedBy: 'キュレーション: {name}',
  share: '共有',
  linkCopied: 'リンクをコピーしました',
  shareLink: 'この記事へのリンク',
  sourcesHeading: '情報源',
  citation: '情報源 {n}: {name}',
  sources: { other: '{n}件の情報源' },
};
