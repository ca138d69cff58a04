/** RNN vs attention vs state-space models: costs as formulas, no benchmark numbers. */
import { Tex } from '../../../ui/shared/Tex';
import { SSM_ROWS } from '../../../content/ssmCosts';
import { spotHook } from '../../../ui/shared/spotlight';

export function SsmComparison() {
  return (
    <figure className="deep ssm" {...spotHook('ssm')}>
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
          {SSM_ROWS.map((r) => (
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
        N: tokens so far; d: model width; n: state size per channel (e.g. 16). Every row counts the weight
        multiplies of a token (O(d²): the recurrent cell&apos;s matrices, attention&apos;s
        query/key/value/output projections, the SSM&apos;s input and output projections) plus the mixing
        across time. Over a whole sequence attention costs O(N²d) for the mixing plus O(Nd²) for its
        projections; an RNN O(Nd²); an SSM O(Nd² + Ndn). S4&apos;s dynamics are the same at every step, so it
        trains as a convolution; Mamba computes its step size and projections from each input (selectivity),
        so it trains with a parallel scan — and that input-dependent selectivity is a form of gating, the idea
        of the LSTM&apos;s and GRU&apos;s gates in a linear recurrence. Asymptotic costs, not measurements.
      </figcaption>
    </figure>
  );
}
