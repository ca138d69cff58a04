/** The page's footer: what computes the numbers and where the weights come from, behind one disclosure. */
import type { Run } from '../compute/run';
import { Suspense, lazy } from 'react';
import { sentenceGap, t } from '../i18n/i18n';
import { Trans } from '../i18n/Trans';
import { usePart } from '../i18n/usePart';
import { shownParts } from '../content/story';

// The version, licences and citation load after the first screen (the foot of the page): not first-screen script.
const AboutThisPage = lazy(() =>
  import('../ui/shared/AboutThisPage').then((m) => ({ default: m.AboutThisPage })),
);

/** The page's address without its view parameters: what a citation points at. */
const siteAddress = () => `${location.origin}${location.pathname}`;

export function HowThisWasMade({
  run,
  labTrained,
  hidden,
}: {
  run: Run;
  labTrained: boolean;
  /** Parts a teacher's link hides: "the training lab trains them" is left out with the lab. */
  hidden: readonly string[];
}) {
  // Its words are in the lazy part `panels` (the foot of the page), in a moment after the first paint.
  const ready = usePart('panels');
  if (!ready) return <footer className="footer" />;
  const weights = t(
    run.trained ? (labTrained ? 'made.weightsLab' : 'made.weightsTrained') : 'made.weightsRandom',
    shownParts(hidden),
  );
  const code = <code />;
  return (
    <footer className="footer">
      <details className="how-made">
        <summary>{t('made.summary')}</summary>
        <p>
          <Trans id="made.engine" components={{ 0: code, 1: code, 2: code }} />
          {sentenceGap()}
          {weights}
        </p>
        <p>{t('made.trained')}</p>
        <p>
          <Trans id="made.developers" components={{ 0: code, 1: code, 2: code }} />
        </p>
      </details>
      <Suspense fallback={null}>
        <AboutThisPage url={siteAddress()} />
      </Suspense>
    </footer>
  );
}
