export * from './elements.js';
export * from './core.js';
