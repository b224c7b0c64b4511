// Preloaded into the server by the memory test (with --expose-gc): on SIGUSR2 it collects
// garbage and writes the heap figures to stderr, so the test can tell memory that is still
// referenced from memory that is only waiting for a collection.
process.on('SIGUSR2', () => {
  const before = process.memoryUsage();
  if (typeof global.gc === 'function') global.gc();
  const usage = process.memoryUsage();
  process.stderr.write(`heap-probe ${JSON.stringify({ heapUsed: usage.heapUsed, rss: usage.rss, heapBeforeGc: before.heapUsed, rssBeforeGc: before.rss })}\n`);
});
