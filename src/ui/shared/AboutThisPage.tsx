/** The version, the licences and a ready citation: in the footer, the Share dialog and the guide. */
import { VERSION, LICENCE_LINE, citation } from '../../content/about';

export function AboutThisPage({ url }: { url: string }) {
  return (
    <div className="about-page">
      <p>
        RNN Explainer, version {VERSION}. {LICENCE_LINE}
      </p>
      <p>
        How to cite: <q className="citation">{citation(url)}</q>
      </p>
    </div>
  );
}
