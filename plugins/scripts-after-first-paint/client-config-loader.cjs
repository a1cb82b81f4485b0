/**
 * A bundler loader for `.docusaurus/docusaurus.config.mjs`, the copy of the site config
 * that every page's `main.js` carries: it drops `ssrTemplate`, which only the build
 * reads (about 1 KiB gzip that no browser needs).
 *
 * If the field is not there as expected, the build stops and says so, rather than
 * shipping the template to every reader unnoticed.
 */
const FIELD = /\n[ \t]*"ssrTemplate": "(?:[^"\\\n]|\\.)*",?/;

/** @param {string} source */
function stripSsrTemplate(source) {
  const stripped = source.replace(FIELD, '');
  if (stripped === source)
    throw new Error(
      'plugins/scripts-after-first-paint: found no "ssrTemplate" field to drop from the client copy of the site config; has Docusaurus changed how it writes .docusaurus/docusaurus.config.mjs?',
    );
  return stripped;
}

module.exports = stripSsrTemplate;
module.exports.stripSsrTemplate = stripSsrTemplate;
