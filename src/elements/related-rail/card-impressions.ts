import type { ReactiveController, ReactiveElement } from 'lit';
import type { NormalizedArticle } from '../../contract/article.js';
import { emit } from '../../element/events.js';
import type { StoryCard } from '../story-card/story-card.js';
import { impressionKeys, unwatchImpression, watchImpression } from './impressions.js';

const keyOf = (article: NormalizedArticle, index: number) => article.id ?? article.url ?? `#${index}`;

/** The key a card's story is counted under for impressions. */
const storyKey = (card: StoryCard) => {
  const story = card.article as NormalizedArticle | undefined;
  return story && keyOf(story, Number(card.dataset.position) - 1);
};

/**
 * A rail's `digest-impression` events: each story once per page view, even across re-renders,
 * counted from the moment it is on a card; cards that leave, or change story, are let go.
 */
export class CardImpressions implements ReactiveController {
  /** Keys of stories already reported as seen. */
  private readonly seen = new Set<string>();
  /** Cards handed to the shared impression observer and not yet seen, with the story's key. */
  private readonly watched = new Map<StoryCard, string>();

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Watches the cards the rail now shows. */
  follow(cards: StoryCard[]): void {
    const keys = impressionKeys(cards, storyKey);
    // Cards that left the list, or now show another story, are released: the new story's second
    // in view starts from now, and the shared observer holds nothing of a card that went.
    for (const [card, key] of this.watched) {
      if (keys.get(card) !== key) {
        unwatchImpression(card);
        this.watched.delete(card);
      }
    }
    for (const [card, key] of keys) {
      if (this.watched.has(card) || this.seen.has(key)) continue;
      this.watched.set(card, key);
      watchImpression(card, () => {
        this.watched.delete(card);
        this.onSeen(card, key);
      });
    }
  }

  hostDisconnected(): void {
    this.watched.forEach((_key, card) => unwatchImpression(card));
    this.watched.clear();
  }

  /** Reads the card's story and position when it is seen, not when it was first rendered. */
  private onSeen(card: StoryCard, key: string): void {
    const story = card.article as NormalizedArticle | undefined;
    if (!story || this.seen.has(key)) return;
    this.seen.add(key);
    const position = Number(card.dataset.position);
    emit(this.host, 'digest-impression', { id: story.id, url: story.url, title: story.title, position });
  }
}
