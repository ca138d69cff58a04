/** Play/pause and stepping; the speed is a select so it is one keystroke away. */
import { t } from '../../i18n/t';
import { Trans } from '../../i18n/Trans';
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
] as const;

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
    <div className="playback" role="group" aria-label={t('playback.label')}>
      <button
        type="button"
        onClick={() => onSelect(Math.max(0, step - 1))}
        disabled={step === 0}
        aria-label={t('playback.previous')}
      >
        ▕◀
      </button>
      <button
        type="button"
        onClick={playing ? onPause : onPlay}
        aria-label={playing ? t('playback.pause') : t('playback.play')}
        className="play"
      >
        {compact ? (playing ? '❚❚' : '▶') : playing ? `❚❚ ${t('playback.pause')}` : `▶ ${t('playback.play')}`}
      </button>
      <button
        type="button"
        onClick={() => onSelect(Math.min(total - 1, step + 1))}
        disabled={step >= total - 1}
        aria-label={t('playback.next')}
      >
        ▶▏
      </button>
      <span className="counter">
        <Trans id="playback.counter" values={{ step: step + 1, total }} components={{ 0: <strong /> }} />
      </span>
      {!compact && !noSpeed && (
        <label className="speed">
          {t('playback.speed')}{' '}
          <select value={speedMs} onChange={(e) => onSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s.ms} value={s.ms}>
                {t(`playback.${s.label}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
