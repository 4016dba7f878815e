import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FloatCard } from '../../components/rehearse/FloatCard';
import { RehearseFloatPage } from '../../components/rehearse/RehearseFloatPage';

// ?view=card is the compact popup window opened where Picture-in-Picture is missing.
const compact = new URLSearchParams(location.search).get('view') === 'card';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {compact ? (
      <div className="float-window">
        <FloatCard />
      </div>
    ) : (
      <RehearseFloatPage />
    )}
  </StrictMode>,
);
