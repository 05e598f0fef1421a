// Encrypts frames with www/sframe.js from the base keys of crates/conclave-call/tests/data/
// interop.json (the path is the first argument) and prints them as JSON, for the Rust crate's
// test `frames_from_sframe_js_decrypt` to decrypt. Plaintexts and counters are random.
import { readFileSync } from 'node:fs';
import { encryptFrame, keyId, senderKey } from '../www/sframe.js';

const fixture = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const unhex = (s) => Uint8Array.from(s.match(/../g) ?? [], (b) => parseInt(b, 16));
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const random = (n) => crypto.getRandomValues(new Uint8Array(n));
const out = [];
for (const s of fixture.suites) {
  for (const epoch of [1, 2]) {
    for (const [leaf, context] of [[0, 0], [7, 2], [0xabcd, 0x01020304]]) {
      const key = await senderKey(s.suite, unhex(s.base_keys[epoch]), keyId(context, leaf, epoch));
      const frames = [
        ['opus', Uint8Array.of(0x78, ...random(60))],
        ['vp8', Uint8Array.of(0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, 0x40, 0x01, 0xf0, 0x00, ...random(500))],
        ['vp8', Uint8Array.of(0x31, ...random(120))],
      ];
      for (const [codec, plain] of frames) {
        const ctr = BigInt(random(1)[0]) * 65536n + BigInt(out.length);
        const sframe = await encryptFrame(key, ctr, codec, plain);
        out.push({ suite: s.suite, epoch, leaf, context, codec, plain: hex(plain), sframe: hex(sframe) });
      }
    }
  }
}
process.stdout.write(JSON.stringify(out));
