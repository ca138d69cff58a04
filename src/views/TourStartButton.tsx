/**
 * "Start the guided tour". The page has two, and one shows at a time: beside the opener on a wide
 * screen, and in the masthead on a phone, where the opener is a screen and a half down (lesson.css).
 */
import type { Dispatch } from 'react';
import { t } from '../i18n/i18n';
import { TOUR_STOP_IDS } from '../content/tourStopIds';
import type { Action } from '../state/appState';

export function TourStartButton({
  where,
  touring,
  dispatch,
}: {
  where: 'top' | 'opener';
  touring: boolean;
  dispatch: Dispatch<Action>;
}) {
  return (
    <button
      type="button"
      className={`tour-start tour-start-${where}`}
      onClick={() => dispatch({ type: 'tour', stop: TOUR_STOP_IDS[0] })}
      disabled={touring}
    >
      {t('tour.start')}
    </button>
  );
}
