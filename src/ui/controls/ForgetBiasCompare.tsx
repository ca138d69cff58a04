/**
 * The LSTM's long memory on these pages depends on one knob: the forget-gate bias. Say which value
 * is in use, and compare with the other in one click (issue: the Long preset's LSTM remembers only
 * because its forget bias is 4; at 0 it forgets as fast as the vanilla RNN).
 */
export function ForgetBiasCompare({
  forgetBias,
  onCompare,
}: {
  forgetBias: number;
  onCompare: (forgetBias: number) => void;
}) {
  const other = forgetBias === 0 ? 4 : 0;
  return (
    <p className="compare-note">
      The LSTM here starts with forget-gate bias <strong>{forgetBias.toFixed(1)}</strong>
      {forgetBias === 0
        ? ' (the level PyTorch initialises it around)'
        : ` (gates ${forgetBias > 0 ? 'opened' : 'closed'} by hand; PyTorch initialises it around 0)`}
      .{' '}
      <button type="button" onClick={() => onCompare(other)}>
        Show the LSTM at forget bias {other}
      </button>
    </p>
  );
}
