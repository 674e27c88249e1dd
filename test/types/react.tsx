// React 19 JSX for the elements, checked against the packed package by scripts/check-package.mjs.
import type {} from 'digest-elements/react';
import 'digest-elements/related-rail';
import type { DigestSelectDetail } from 'digest-elements';

export function Story({ onPick }: { onPick: (detail: DigestSelectDetail) => void }) {
  return (
    <>
      <story-card
        article={{
          title: 'Court filings show Meta set Llama 3 against GPT-4',
          url: 'https://news.example/a',
        }}
        layout="horizontal"
        heading-level="2"
        date-style="relative"
        className="lead"
        ondigest-select={(event) => onPick(event.detail)}
      />
      <related-rail
        src="/related.json"
        layout="grid"
        max={4}
        ondigest-impression={(event) => event.detail.position}
      />
      <source-badge name="Fortune" href="https://fortune.example/a" size="large" label="visible" />
      <source-stack sources={[{ name: 'Fortune' }]} count={22} linked />
      <story-digest
        from-page
        theme="dark"
        density="compact"
        ondigest-share={(event) => event.detail.method}
      />
    </>
  );
}

// @ts-expect-error -- a card's layout is vertical, horizontal or compact
export const wrongLayout = <story-card layout="sideways" />;

const wrongDetail = (event: CustomEvent<{ position: string }>) => event.detail.position;
// @ts-expect-error -- digest-select's detail has no string `position`
export const wrongHandler = <story-card ondigest-select={wrongDetail} />;
