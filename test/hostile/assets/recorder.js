// Loaded first by every hostile page (a same-origin classic script: the pages allow no inline
// script). Records what a publisher's console and reporting endpoint would see.
window.recorded = { violations: [], errors: [], warnings: [] };

const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.recorded.warnings.push(args.map(String).join(' '));
  warn(...args);
};
const error = console.error.bind(console);
console.error = (...args) => {
  window.recorded.errors.push(`console.error: ${args.map(String).join(' ')}`);
  error(...args);
};

document.addEventListener(
  'securitypolicyviolation',
  (event) =>
    window.recorded.violations.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || '?'}:${event.lineNumber}: ${event.sample}`,
    ),
  true,
);
window.addEventListener('error', (event) => window.recorded.errors.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) =>
  window.recorded.errors.push(`unhandled rejection: ${String(event.reason)}`),
);
