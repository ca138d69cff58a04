import { useState } from 'react';

/** Copies text to the clipboard and says so; falls back to selecting the text when not allowed. */
export function CopyButton({
  text,
  label,
  fallbackTarget,
}: {
  text: string;
  label: string;
  fallbackTarget?: () => HTMLTextAreaElement | HTMLInputElement | null;
}) {
  const [done, setDone] = useState<'idle' | 'copied' | 'select'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setDone('copied');
    } catch {
      fallbackTarget?.()?.select();
      setDone('select');
    }
    setTimeout(() => setDone('idle'), 2000);
  }
  return (
    <button type="button" onClick={copy} aria-label={label}>
      {done === 'copied' ? 'Copied ✓' : done === 'select' ? 'Press Ctrl+C' : 'Copy'}
    </button>
  );
}
