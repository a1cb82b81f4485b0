/** Stand-in for @docusaurus/ExecutionEnvironment: unit tests run outside a browser page. */
const ExecutionEnvironment = {
  canUseDOM: false,
  canUseEventListeners: false,
  canUseIntersectionObserver: false,
  canUseViewport: false,
};

export default ExecutionEnvironment;
