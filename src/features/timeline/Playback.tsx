/** Play/pause and stepping; the speed is a select so it is one keystroke away. */
export interface PlaybackProps {
  playing: boolean;
  step: number;
  total: number;
  speedMs: number;
  onPlay: () => void;
  onPause: () => void;
  onSelect: (step: number) => void;
  onSpeed: (ms: number) => void;
  /** Embed mode: no speed control, shorter labels. */
  compact?: boolean;
  /** Hide the speed select (Essentials: one control fewer for a first look). */
  noSpeed?: boolean;
}

const SPEEDS = [
  { ms: 1400, label: 'slow' },
  { ms: 700, label: 'normal' },
  { ms: 300, label: 'fast' },
];

export function Playback({
  playing,
  step,
  total,
  speedMs,
  onPlay,
  onPause,
  onSelect,
  onSpeed,
  compact,
  noSpeed,
}: PlaybackProps) {
  return (
    <div className="playback" role="group" aria-label="Playback">
      <button
        type="button"
        onClick={() => onSelect(Math.max(0, step - 1))}
        disabled={step === 0}
        aria-label="Previous step"
      >
        ▕◀
      </button>
      <button
        type="button"
        onClick={playing ? onPause : onPlay}
        aria-label={playing ? 'Pause' : 'Play'}
        className="play"
      >
        {compact ? (playing ? '❚❚' : '▶') : playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button
        type="button"
        onClick={() => onSelect(Math.min(total - 1, step + 1))}
        disabled={step >= total - 1}
        aria-label="Next step"
      >
        ▶▏
      </button>
      <span className="counter">
        Step <strong>{step + 1}</strong> / {total}
      </span>
      {!compact && !noSpeed && (
        <label className="speed">
          Speed{' '}
          <select value={speedMs} onChange={(e) => onSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s.ms} value={s.ms}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
