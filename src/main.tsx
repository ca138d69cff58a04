import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { PanelBoundary } from './components/shared/PanelBoundary';
import { decodeState } from './state/urlState';
import './styles.css';

// The URL is the source of the initial view; bad parameters fall back one by one, with a notice.
const { state, notices } = decodeState(window.location.search);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PanelBoundary name="Page">
      <App initial={state} notices={notices} />
    </PanelBoundary>
  </StrictMode>,
);
