/**
 * In the offline copy the full page (explainer levels, lab, observatory) is not bundled: leaving the
 * presenter lands on the presenter again, with the state of the link.
 */
import { PresenterView } from '../../views/PresenterView';
import type { ViewModel } from '../../views/viewModel';

export function FullView({ vm }: { vm: ViewModel; notices: string[] }) {
  return <PresenterView vm={vm} />;
}
