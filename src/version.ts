/** The kit's version, as in package.json (a test keeps them equal): named when two copies meet on a page. */
export const VERSION = '0.1.0';
