/** The workbench page's script (`dist/workbench/workbench.js`): the workbench element, with the language toggle it offers. */
import './workbench-app.js';
