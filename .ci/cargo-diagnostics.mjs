// Reads `cargo … --message-format=json` on stdin, prints every
// compiler warning and error of the workspace's crates once (a lib and its unit tests
// report the same one twice), and exits 1 when there was any: the `-D warnings` of
// `cargo clippy`, for a build that ran clippy-driver as its workspace compiler.
import { createInterface } from 'node:readline';

const seen = new Set();
let problems = 0;
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.startsWith('{')) continue;
  let msg;
  try {
    msg = JSON.parse(line);
  } catch {
    continue;
  }
  if (msg.reason !== 'compiler-message') continue;
  const { level, rendered } = msg.message;
  if (!/^(warning|error)/.test(level)) continue;
  if (seen.has(rendered)) continue;
  seen.add(rendered);
  problems++;
  process.stderr.write(rendered);
}
if (problems > 0) {
  process.stderr.write(`${problems} warning(s)/error(s) from clippy or rustc\n`);
  process.exit(1);
}
