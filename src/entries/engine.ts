/** The engine as the one-tag script gives it to a page's own code: `await CitWidgets.engine()`. */
export * from '../core/index.js';
export { VERSION as version } from '../version.js';
