// Preloaded into the server by the memory test: on SIGUSR2 it writes the heap and RSS figures to
// stderr. It collects no garbage itself (unless node runs with --expose-gc and the test asks for
// it with GOVLINT_PROBE_GC=1), so what it sees is what the server leaves behind on its own.
process.on('SIGUSR2', () => {
  const before = process.memoryUsage();
  if (process.env.GOVLINT_PROBE_GC === '1' && typeof global.gc === 'function') global.gc();
  const usage = process.memoryUsage();
  process.stderr.write(`heap-probe ${JSON.stringify({ heapUsed: usage.heapUsed, rss: usage.rss, heapBeforeGc: before.heapUsed, rssBeforeGc: before.rss })}\n`);
});
