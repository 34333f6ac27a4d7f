/** The package version sent in every envelope's `source.version` (a test keeps it equal to package.json). */
export const VERSION = '0.1.0';
