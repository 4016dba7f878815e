// First, so storage is already being read while React loads.
import './first-reads';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/shell/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
