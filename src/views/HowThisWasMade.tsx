/** The page's footer: what computes the numbers and where the weights come from, behind one disclosure. */
import type { Run } from '../compute/run';
import { Suspense, lazy } from 'react';

// The version, licences and citation load after the first screen (the foot of the page): not first-screen script.
const AboutThisPage = lazy(() =>
  import('../ui/shared/AboutThisPage').then((m) => ({ default: m.AboutThisPage })),
);

/** The page's address without its view parameters: what a citation points at. */
const siteAddress = () => `${location.origin}${location.pathname}`;

export function HowThisWasMade({ run, labTrained }: { run: Run; labTrained: boolean }) {
  const weights = run.trained
    ? labTrained
      ? 'The timeline shows weights trained in the training lab on this page.'
      : 'The timeline shows the models trained on “who did it?” (Trained weights).'
    : 'The weights are random (seeded), not trained: the point is how memory flows; the training lab trains them.';
  return (
    <footer className="footer">
      <details className="how-made">
        <summary>How this was made</summary>
        <p>
          Every number is computed live in your browser, in double precision (float64), by an engine written
          for this page whose cells match PyTorch&apos;s <code>nn.RNN</code>, <code>nn.LSTM</code> and{' '}
          <code>nn.GRU</code> to 1e-9 (checked against PyTorch reference runs). Long computations run in a
          background thread (a Web Worker) so the page stays responsive. {weights}
        </p>
        <p>
          The trained models were trained with the same engine by this project&apos;s training scripts;
          nothing is sent anywhere: the page makes no request outside its own site.
        </p>
        <p>
          For developers: <code>npm run train:presets</code> trains the “who did it?” models,{' '}
          <code>npm run train:char</code> the observatory&apos;s character models, and{' '}
          <code>npm run replay</code> recomputes a downloaded run (JSON) and compares it with this page.
        </p>
      </details>
      <Suspense fallback={null}>
        <AboutThisPage url={siteAddress()} />
      </Suspense>
    </footer>
  );
}
