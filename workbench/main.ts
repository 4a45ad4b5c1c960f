/** The workbench page's script (`dist/workbench/workbench.js`): the page's language, then the workbench element with the language toggle it offers. */
import './page-language.js';
import './workbench-app.js';
