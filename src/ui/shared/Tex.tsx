import { Suspense, lazy } from 'react';
import TYPESET from 'virtual:typeset-equations';

// KaTeX's CSS and the build's typeset equations load in their own chunk, for every equation but the
// first screen's MathML: the levels' constant ones come typeset from the build in that chunk
// (prebuiltKatex); the live, numeric ones of level 2 are typeset by KaTeX in a worker
// (typesetOffThread). Until an equation arrives its TeX source stands in, in a muted monospace.
const TexKatex = lazy(() => import('./TexKatex'));

export function Tex({ tex, display = false }: { tex: string; display?: boolean }) {
  const mathml = display ? TYPESET[tex] : undefined;
  if (mathml !== undefined) {
    // Markup made at build time by KaTeX from the app's own constant TeX, never from user input.
    return <span className="tex tex-display tex-mathml" dangerouslySetInnerHTML={{ __html: mathml }} />;
  }
  return (
    <Suspense fallback={<code className="tex-fallback">{tex}</code>}>
      <TexKatex tex={tex} display={display} />
    </Suspense>
  );
}
