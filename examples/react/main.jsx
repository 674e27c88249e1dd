// Define the elements before React's first render, so React 19 sees their properties and sets
// `article` and `articles` as objects instead of attribute strings.
import 'digest-elements';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { related, story } from '../story.js';

function App() {
  const [selected, setSelected] = useState('');
  // React 19 adds a listener for a prop named "on" + the event's name.
  const onSelect = (event) => setSelected(event.detail.title);
  return (
    <main>
      <story-card article={story} ondigest-select={onSelect}></story-card>
      <related-rail articles={related} layout="grid" ondigest-select={onSelect}></related-rail>
      <p>
        Selected: <output id="selected">{selected}</output>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
