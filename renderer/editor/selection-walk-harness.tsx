/**
 * Test harness for typing-speed.test.ts (bundled with esbuild, run in Chromium): a focused contentEditable
 * with a few thousand text nodes next to a counter that re-renders on demand. `window.commitWalk()` counts
 * how many times React reads `firstChild` inside the editable during one commit.
 */
import React, { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { hideFromReactSelectionRestore } from './typing-speed';

let bump: () => void = () => undefined;

function Harness() {
  const [n, setN] = useState(0);
  bump = () => setN((x) => x + 1);
  return (
    <div>
      <output id="count">{n}</output>
      <div id="editable" contentEditable suppressContentEditableWarning>
        {Array.from({ length: 2000 }, (_, i) => (
          <p key={i}>
            <span>{`段落${i}`}</span>
          </p>
        ))}
      </div>
    </div>
  );
}

const w = window as unknown as { commitWalk(): number; hide(): void; ready: boolean };
flushSync(() => createRoot(document.getElementById('root')!).render(<Harness />));
const editable = document.getElementById('editable')!;
editable.focus();
const sel = window.getSelection()!;
sel.collapse(editable.lastElementChild!.firstChild!.firstChild!, 2);

const desc = Object.getOwnPropertyDescriptor(Node.prototype, 'firstChild')!;
w.commitWalk = () => {
  let reads = 0;
  Object.defineProperty(Node.prototype, 'firstChild', {
    configurable: true,
    get(this: Node) {
      if (editable.contains(this)) reads++;
      return desc.get!.call(this);
    },
  });
  try {
    flushSync(() => bump());
  } finally {
    Object.defineProperty(Node.prototype, 'firstChild', desc);
  }
  return reads;
};
w.hide = () => void hideFromReactSelectionRestore(editable);
w.ready = true;
