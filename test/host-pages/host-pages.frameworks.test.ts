import { HOST_PAGES } from './host-page.js';
import { describeHostPage } from './describe-host-page.js';

// The host pages are split over four files so that each file stays well inside the runner's time per file.
for (const page of HOST_PAGES.filter((page) => ['bootstrap', 'pico', 'tailwind', 'normalize'].includes(page.name))) describeHostPage(page);
