/** The PWA plugin's registration module, imported for its side effect (src/pwa/registerAfterLoad.ts). */
declare module '@docusaurus/plugin-pwa/lib/registerSw.js?after-load';
