/** The small race two lab tests train in the page before opening it in the timeline (T 10, H 4, batch 8, 30 updates). */
import type { Page } from '@playwright/test';
import { DEFAULT_RACE } from '../src/train/settings';
import { expect } from './fixtures';

export const SMALL_RACE = { ...DEFAULT_RACE, T: 10, hidden: 4, batch: 8, maxUpdates: 30 };

/**
 * Opens the page with that race in the lab (in the given arithmetic: the lab's default is 32-bit),
 * trains it to the end (within `timeout` ms) and opens it in the timeline.
 */
export async function trainSmallRaceAndOpen(
  page: Page,
  timeout: number,
  precision: 'f32' | 'f64' = 'f32',
): Promise<void> {
  await page.goto(`/?lab=T:10,H:4,B:8,updates:30${precision === 'f64' ? ',prec:f64' : ''}`);
  const lab = page.getByRole('region', { name: 'Training lab' });
  await lab.getByRole('button', { name: 'Train' }).click();
  await expect(lab.getByRole('status')).toContainText('Update 30 of 30', { timeout });
  await lab.getByRole('button', { name: 'Open in the timeline' }).click();
}
