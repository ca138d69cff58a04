/**
 * The offline copy does not write its state into the address: a file:// page's address is the
 * file, and the copy's state lives in the file itself.
 */
import type { Dispatch } from 'react';
import type { Action, AppState } from '../../state/appState';

export function useUrlSync(_state: AppState, _dispatch: Dispatch<Action>): void {}
