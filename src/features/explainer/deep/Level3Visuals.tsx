/** Level 3's visuals, in their own chunk: loaded only when the reader opens that level. */
import type { Run } from '../../../compute/run';
import { useDeepRun } from '../../../ui/deepRunContext';
import { DeepPending } from './DeepPending';
import { BuildWhenIdle } from '../../../ui/shared/BuildWhenIdle';
import { BpttView } from './BpttView';
import { Seq2SeqView } from './Seq2SeqView';
import { SsmComparison } from './SsmComparison';
import type { AppState } from '../../../state/appState';

export default function Level3Visuals({
  run,
  step,
  labPair,
  onPairShown,
}: {
  run: Run;
  step: number;
  labPair: AppState['labPair'];
  onPairShown: () => void;
}) {
  const deep = useDeepRun(run);
  return (
    <>
      {deep ? (
        <BuildWhenIdle minHeight={500}>
          <BpttView run={run} deep={deep} step={step} />
        </BuildWhenIdle>
      ) : (
        <DeepPending />
      )}
      <BuildWhenIdle minHeight={700}>
        <Seq2SeqView labPair={labPair} onPairShown={onPairShown} />
      </BuildWhenIdle>
      <BuildWhenIdle minHeight={500}>
        <SsmComparison />
      </BuildWhenIdle>
    </>
  );
}
