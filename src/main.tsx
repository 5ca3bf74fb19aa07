import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startSaveGuard } from './app/saveGuard';
import { briefParam } from './present/briefParam';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
startSaveGuard();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// After the map's first idle (the briefing sheet has no map): precaching must not slow the first load.
// Its own small chunk: nothing of it is needed for the first screen.
import('./pwa/register')
  .then((m) => m.registerServiceWorker(briefParam(window.location.search) === null))
  .catch((error: unknown) => console.error('service worker registration failed to load', error));
