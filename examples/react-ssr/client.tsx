// The browser half: hydrates the server's HTML (dist/index.html) with the same app.
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

hydrateRoot(document.getElementById('root')!, <App />);
