/** RNN vs attention vs state-space models: costs as formulas, no benchmark numbers. */
import { Tex } from '../explainer/Tex';

const ROWS = [
  { model: 'RNN / LSTM / GRU', step: 'O(d^2)', state: 'O(d)', train: 'no — step t needs step t−1', path: 'O(N)' },
  { model: 'Attention (transformer)', step: 'O(N\\,d)', state: 'O(N\\,d)\\ \\text{(KV cache)}', train: 'yes — all positions at once', path: 'O(1)' },
  { model: 'State-space (S4, Mamba)', step: 'O(d\\,n)', state: 'O(d\\,n)', train: 'yes — convolution or parallel scan', path: 'O(N)' },
];

export function SsmComparison() {
  return (
    <figure className="deep ssm">
      <h3 id="ssm-title">Why state-space models: the costs side by side</h3>
      <table className="ssm-table" aria-describedby="ssm-caption">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Cost per new token</th>
            <th scope="col">Memory while generating</th>
            <th scope="col">Parallel training over time</th>
            <th scope="col">Path between distant tokens</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.model}>
              <th scope="row">{r.model}</th>
              <td>
                <Tex tex={r.step} />
              </td>
              <td>
                <Tex tex={r.state} />
              </td>
              <td>{r.train}</td>
              <td>
                <Tex tex={r.path} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption id="ssm-caption">
        N: tokens so far; d: model width; n: SSM state size per channel (e.g. 16). Over a whole sequence attention costs O(N²d) and an RNN or SSM O(N);
        the SSM keeps the RNN&apos;s fixed-size state but, because its state update is linear, trains in parallel like a convolution. Asymptotic costs, not
        measurements.
      </figcaption>
    </figure>
  );
}
