/** The "reach for it when / skip it when" pair, side by side. */
export function ReachSkip({ reachFor, skip }: { reachFor: string[]; skip: string[] }) {
  return (
    <div className="reach-skip">
      <div className="card reach" role="group" aria-label="Reach for it when">
        <h3>Reach for it when</h3>
        <ul>
          {reachFor.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
      <div className="card skip" role="group" aria-label="Skip it when">
        <h3>Skip it when</h3>
        <ul>
          {skip.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
