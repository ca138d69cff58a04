import { useMemo } from 'react';
import { runDemo } from './state/firstRun';

export function App() {
  const { tokens, trace } = useMemo(() => runDemo(), []);
  const H = trace.model.spec.hiddenSize;
  const h = trace.streams.l0.h;
  return (
    <main>
      <h1>RNN Explainer</h1>
      <p>
        A recurrent network reads a sentence one word at a time with the <em>same weights</em> at every step, and carries a
        memory vector — the hidden state h<sub>t</sub> = tanh(W<sub>ih</sub> x<sub>t</sub> + W<sub>hh</sub> h<sub>t−1</sub> + b) — from one
        word to the next.
      </p>
      <table>
        <caption>Hidden state of a vanilla tanh RNN (hidden size {H}) after each word</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Token</th>
            {Array.from({ length: H }, (_, j) => (
              <th scope="col" key={j}>
                h[{j + 1}]
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokens.map((tok, t) => (
            <tr key={t} data-testid={`step-${t + 1}`}>
              <th scope="row">{t + 1}</th>
              <td>{tok}</td>
              {Array.from({ length: H }, (_, j) => (
                <td key={j}>{h[t * H + j].toFixed(4)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
