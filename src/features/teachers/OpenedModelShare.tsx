/**
 * The Share dialog's word on models opened from the lab: the link cannot carry their weights, so
 * it says where they are (this device) and offers them as a file with the PyTorch code that loads it.
 */
import { useRef } from 'react';
import type { TrainedBundle } from '../../state/trainedBundle';
import { MODEL_FILE_NAME, canDownload, modelFile, modelFileCode } from '../../compute/modelFile';
import { CopyButton } from '../../ui/shared/CopyButton';
import { downloadJson } from './exportFigure';

export function OpenedModelShare({ bundle }: { bundle: TrainedBundle }) {
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const fromLab = (bundle.source ?? 'lab') === 'lab';
  if (!fromLab || !canDownload(bundle)) {
    return (
      <p className="notice" role="note">
        This view shows the observatory's character models: the link opens them on a device that has opened
        them, and shows random weights elsewhere.
      </p>
    );
  }
  const code = modelFileCode(bundle);
  return (
    <div className="opened-model-share">
      <p className="notice" role="note">
        This view shows models trained in the lab. The link cannot carry their weights: it opens them only on
        this device, where they are kept; elsewhere it shows random weights and says so. To share the models
        themselves, download them — one JSON file with each model's parameters under PyTorch's names, and the
        sequence on the timeline.
      </p>
      <button
        type="button"
        onClick={() => downloadJson(MODEL_FILE_NAME.replace(/\.json$/, ''), modelFile(bundle))}
      >
        Download the model
      </button>
      <label htmlFor="share-model-code">
        Load it in PyTorch (prints each model's last hidden state on that sequence, as on the page's last
        step)
      </label>
      <div className="copy-row">
        <textarea
          id="share-model-code"
          ref={codeRef}
          readOnly
          rows={6}
          value={code}
          onFocus={(e) => e.target.select()}
        />
        <CopyButton text={code} label="Copy PyTorch code" fallbackTarget={() => codeRef.current} />
      </div>
    </div>
  );
}
