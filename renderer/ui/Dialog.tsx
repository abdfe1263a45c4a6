import React, { useEffect, useRef } from 'react';

/** A modal dialog: Escape or the backdrop closes it when `onClose` is given; focus moves into it. */
export function Dialog({ title, children, onClose, wide, testId }: { title: string; children: React.ReactNode; onClose?: () => void; wide?: boolean; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ['[data-autofocus]', 'button.primary', 'input', 'button'].map((q) => ref.current?.querySelector<HTMLElement>(q)).find(Boolean);
    el?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !onClose) return;
      // Only the dialog on top: Escape in a question asked over another dialog answers the question alone.
      const all = document.querySelectorAll('[role="dialog"]');
      if (all[all.length - 1] === ref.current) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose?.()}>
      <div className={`dialog${wide ? ' wide' : ''}`} role="dialog" aria-modal="true" aria-label={title} ref={ref} data-testid={testId}>
        <div className="dialog-title">{title}</div>
        {children}
      </div>
    </div>
  );
}
