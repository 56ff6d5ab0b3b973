// `npm run dev:web -- --data-dir DIR [--port N] [--no-build]`: the real core behind the built
// renderer in any browser, for development and the Playwright suite (docs/architecture.md §7).
import { buildRenderer } from './build-renderer';
import { parseWebHostArgs, UsageError } from './args';
import { REPO_ROOT, startWebHost } from './server';

async function main(): Promise<void> {
  const args = parseWebHostArgs(process.argv.slice(2));
  if (args.build) await buildRenderer(REPO_ROOT);

  const host = await startWebHost({
    dataDir: args.dataDir,
    port: args.port,
    ...(args.staticRoot ? { staticRoot: args.staticRoot } : {}),
    manualClock: args.manualClock,
  });
  // Playwright's webServer and people both wait for this one line.
  console.log(`Kaona web host: ${host.url}`);

  const stop = () => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error('kaona web host failed to start:', error);
  process.exit(1);
});
