/**
 * In the offline copy the full page (explainer levels, lab, observatory) is not bundled: a link to it
 * opens the presenter with the state of the link (the presenter's own exit leads to the explorer
 * view instead, presenterExit.ts).
 */
import { PresenterView } from '../../views/PresenterView';
import type { ViewModel } from '../../views/viewModel';

export function FullView({ vm }: { vm: ViewModel; notices: string[] }) {
  return <PresenterView vm={vm} />;
}
