/** Shown in a deep level while its gradient quantities are computed (in the worker, ~0.2 s at full size). */
export function DeepPending() {
  return (
    <p className="note" role="status">
      Computing this run’s gradients for the level’s figures…
    </p>
  );
}
