import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { request } from 'node:http';
import { LoadConnector } from './load/loadConnector';
async function main() {
  const connector = await LoadConnector.start();
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const client = new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: connector.serviceUrl });
    connector.expect('a' + i, () => undefined);
    const t = performance.now();
    await client.conversations.replyToActivity('c1', 'a' + i, { type: 'message', text: 'hi', conversation: { id: 'c1' } } as any);
    times.push(performance.now() - t);
  }
  console.log('ConnectorClient new each', times.map(t => t.toFixed(1)).join(' '));
  const client = new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: connector.serviceUrl });
  times.length = 0;
  for (let i = 0; i < 20; i++) {
    connector.expect('b' + i, () => undefined);
    const t = performance.now();
    await client.conversations.replyToActivity('c1', 'b' + i, { type: 'message', text: 'hi', conversation: { id: 'c1' } } as any);
    times.push(performance.now() - t);
  }
  console.log('ConnectorClient reused', times.map(t => t.toFixed(1)).join(' '));
  times.length = 0;
  for (let i = 0; i < 20; i++) {
    connector.expect('c' + i, () => undefined);
    const t = performance.now();
    await new Promise<void>((res) => { const body = JSON.stringify({ type: 'message', text: 'hi', conversation: { id: 'c1' } }); const r = request(connector.serviceUrl + '/v3/conversations/c1/activities/c' + i, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (resp) => { resp.resume(); resp.on('end', () => res()); }); r.end(body); });
    times.push(performance.now() - t);
  }
  console.log('raw http', times.map(t => t.toFixed(1)).join(' '));
  await connector.close();
}
main();
