import { Suspense, lazy } from 'react';

// KaTeX (JS, CSS and fonts) is the heaviest part of the page; it loads in its own chunk so the
// timeline appears first. Until then the TeX source stands in, in a muted monospace.
const TexKatex = lazy(() => import('./TexKatex'));

export function Tex({ tex, display = false }: { tex: string; display?: boolean }) {
  return (
    <Suspense fallback={<code className="tex-fallback">{tex}</code>}>
      <TexKatex tex={tex} display={display} />
    </Suspense>
  );
}
