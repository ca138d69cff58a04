/** The printable teacher's guide (`?view=guide`), with links back to this site. */
import type { Run } from '../compute/run';
import type { AppConfig } from '../state/config';
import { TeachersGuide } from '../features/lesson/TeachersGuide';

export function GuideView({ compute }: { compute: (config: AppConfig) => Promise<Run> }) {
  return <TeachersGuide compute={compute} base={`${window.location.origin}${window.location.pathname}`} />;
}
