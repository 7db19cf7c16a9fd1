// Hostile emitter: writes 100 MB to stdout, then exits.
const chunk = Buffer.alloc(1024 * 1024, 'x');
let left = 100;
function pump() {
  while (left > 0) {
    left--;
    if (!process.stdout.write(chunk)) return void process.stdout.once('drain', pump);
  }
}
pump();
