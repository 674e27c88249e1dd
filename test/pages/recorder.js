// Loaded first by each bundle page: records what a publisher's console would show.
window.recorded = { warnings: [], errors: [] };
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.recorded.warnings.push(args.map(String).join(' '));
  warn(...args);
};
window.addEventListener('error', (event) => window.recorded.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.recorded.errors.push(String(event.reason)));
