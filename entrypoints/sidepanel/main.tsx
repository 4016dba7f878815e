// First, so storage is already being read while React loads.
import './first-reads';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/shell/App';
import { earlyReadsSettled } from '../../components/shell/early-reads';

/**
 * The first render waits for the first screen's reads (a moment: they
 * started before this script ran). A render before they answer is never
 * painted, the next one replaces it, yet it costs the main thread the time
 * the answers need to be checked. A read that hangs does not hold the panel:
 * it renders after FIRST_RENDER_WAIT_MS anyway and shows the read when it lands.
 */
const FIRST_RENDER_WAIT_MS = 100;

void Promise.race([earlyReadsSettled(), new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
