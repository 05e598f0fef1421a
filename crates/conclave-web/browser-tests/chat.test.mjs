// 1. A browser user joins with an invitation link; a CLI user sends them a message, the browser
//    shows it decrypted; the browser replies and the CLI reads it. Screenshots of the
//    conversation view at phone and desktop size go to target/web-artifacts/.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server, Cli, Browser, PHONE, DESKTOP, cleanup, eventually } from './kit.mjs';

after(cleanup);

test('a browser joins by invitation link and chats 1:1 with a CLI user', async () => {
  const server = await Server.start();
  const alice = Cli.create('alice');
  await alice.run('join', server.adminLink, '--name', 'alice');
  const invite = await alice.invite();
  assert.match(invite.web_link, /^https:\/\/127\.0\.0\.1:\d+\/join#code=/);

  const bob = await Browser.open(server, 'bob', PHONE);
  await bob.join(invite.web_link, 'bob', 'bob passphrase 1');
  assert.equal(new URL(bob.page.url()).hash.includes('code='), false, 'the code leaves the address bar');

  const marker = `hello from the cli ${Date.now()}`;
  await alice.run('send', 'bob', marker);
  await bob.conversationButton('alice').waitFor();
  await bob.open('alice');
  await bob.message(marker).waitFor();

  const reply = `hi from the browser ${Date.now()}`;
  await bob.send(reply);
  const history = await eventually(async () => {
    const h = await alice.read('bob');
    return h.some((m) => m.text === reply) && h;
  }, 'the CLI to read the reply');
  const got = history.find((m) => m.text === reply);
  assert.equal(got.sender, 'bob');
  assert.ok(history.findIndex((m) => m.text === marker) < history.findIndex((m) => m.text === reply), 'server order');

  // The server never saw either text.
  assert.equal(server.dataContains(marker), false);
  assert.equal(server.dataContains(reply), false);

  // The conversation view at phone size: readable, nothing wider than the screen.
  const phoneOverflow = await bob.horizontalOverflow();
  assert.ok(phoneOverflow.scrollWidth <= phoneOverflow.width, `no horizontal scrolling on a phone: ${JSON.stringify(phoneOverflow)}`);
  await bob.screenshot('conversation-phone');
  await bob.page.setViewportSize(DESKTOP.viewport);
  await bob.page.locator('.pane.list').waitFor();
  await bob.screenshot('conversation-desktop');
  assert.deepEqual(bob.foreignRequests(), [], 'only the page\'s own origin');
});
