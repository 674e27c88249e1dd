/**
 * Elements adopted into an iframe whose iframe is then removed. The browser never disconnects
 * them (their document just loses its window), so the library must let them go by itself: nothing
 * of a removed frame may stay reachable, and its elements never render again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/digest-elements.js';
import { setDigestStrings, type Article, type StoryCard } from '../../src/digest-elements.js';
import { liveCounts } from '../../src/element/page-watch.js';
import { fullArticle } from '../support/data.js';
import { settle } from '../support/events.js';
import { deepUpdated } from '../support/shadow.js';

/** Exposed by Chromium's `--js-flags=--expose-gc` (web-test-runner.config.mjs). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

const stories = (prefix: string, count: number): Article[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index + 1}`,
    title: `${prefix} story ${index + 1}`,
    url: `https://news.example/${prefix}/${index + 1}`,
  }));

/** An about:blank iframe on the page. */
function openFrame(): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  return frame;
}

/** A card, a rail and a digest, rendered here, then moved into `frame`'s document. */
async function adoptInto(frame: HTMLIFrameElement, lang: string) {
  const card = document.createElement('story-card');
  card.lang = lang;
  card.article = fullArticle({ title: 'Adopted card', image: undefined });
  const rail = document.createElement('related-rail');
  rail.articles = stories('rail', 6);
  const digest = document.createElement('story-digest');
  digest.article = {
    ...fullArticle({ title: 'Adopted digest', image: undefined }),
    sections: [{ heading: 'Section', paragraphs: ['Cited [1][2].'] }],
    related: stories('related', 4),
  };
  document.body.append(card, rail, digest);
  for (const element of [card, rail, digest]) await deepUpdated(element);
  const frameDoc = frame.contentDocument as Document;
  for (const element of [card, rail, digest]) frameDoc.body.append(frameDoc.adoptNode(element));
  for (const element of [card, rail, digest]) await deepUpdated(element);
  return { card, rail, digest };
}

const countText = (card: StoryCard) => card.shadowRoot?.querySelector('[part~=count]')?.textContent?.trim();

async function collectAll(): Promise<void> {
  // A WeakRef's target is kept until the task that read it ends: collect between tasks.
  for (let round = 0; round < 4; round++) {
    await settle();
    collectGarbage?.();
  }
}

const usedHeap = () =>
  (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

describe('removed iframes', () => {
  it('gc() is exposed to the tests, so the leak checks below can collect', () => {
    expect(typeof collectGarbage).to.equal('function');
  });

  it('elements in a removed iframe are let go at once, and setDigestStrings() or a lang change never renders them again', async () => {
    const baseline = liveCounts();
    const frame = openFrame();
    const { card } = await adoptInto(frame, 'en-x-gone');
    expect(liveCounts().elements, 'followed while the frame is there').to.be.greaterThan(baseline.elements);
    const shown = countText(card);
    expect(shown).to.match(/^\d+ Sources$/);

    frame.remove();
    await settle();
    expect(card.isConnected, 'the browser leaves it connected to its windowless document').to.equal(true);
    expect(liveCounts(), 'nothing followed once the frame is gone').to.deep.equal(baseline);

    const pageLang = document.documentElement.lang;
    const live = document.createElement('story-card');
    live.lang = 'en-x-gone';
    live.article = fullArticle({ title: 'Live card', image: undefined });
    document.body.append(live);
    await deepUpdated(live);
    setDigestStrings('en-x-gone', { sources: { one: '{n} source left', other: '{n} sources left' } });
    document.documentElement.lang = pageLang === 'en' ? 'en-GB' : 'en';
    await settle();
    expect(countText(live), 'a live card shows the new strings').to.match(/^\d+ sources left$/);
    expect(countText(card), 'the dead card did not render again').to.equal(shown);
    expect(card.isUpdatePending, 'no update is queued for it').to.equal(false);
    live.remove();
    document.documentElement.lang = pageLang;
  });

  it('20 removed iframes holding a card, a rail and a digest each are collected: their documents go and the heap returns to its baseline', async function () {
    this.timeout(20_000);
    await collectAll();
    const baseline = liveCounts();
    const heapBefore = usedHeap();
    const documents: WeakRef<Document>[] = [];
    for (let index = 0; index < 20; index++) {
      const frame = openFrame();
      documents.push(new WeakRef(frame.contentDocument as Document));
      await adoptInto(frame, 'en');
    }
    await collectAll();
    const heapWithFrames = usedHeap();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    await collectAll();
    await waitUntil(
      () => {
        collectGarbage?.();
        return documents.every((ref) => ref.deref() === undefined);
      },
      'a removed frame’s document is still reachable',
      { interval: 50, timeout: 5000 },
    );
    const heapAfter = usedHeap();
    console.info(
      `removed-frames: heap ${(heapBefore / 1e6).toFixed(1)} MB before, ${(heapWithFrames / 1e6).toFixed(1)} MB with 20 frames, ${(heapAfter / 1e6).toFixed(1)} MB after removal`,
    );
    expect(liveCounts()).to.deep.equal(baseline);
    // Generous: what 20 frames add is many times this, and a leak keeps all of it.
    expect(heapAfter - heapBefore, 'bytes left after removal').to.be.below((heapWithFrames - heapBefore) / 4);
  });
});
