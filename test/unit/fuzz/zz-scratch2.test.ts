import { it } from 'vitest';
import { detectString } from '../../../src/detect/index.js';
it('scratch2', async () => {
  for (const t of ['Christine Wilkinson', 'lorem Christine Wilkinson ipsum', 'contact Christine Wilkinson today', 'lorem Christine Wilkinson', 'Christine Wilkinson ipsum', 'Reported by Christine Wilkinson.', 'Trace Botsford', 'Hank Conroy'])
    console.log(JSON.stringify(t), detectString(t, 'error_message').map((d) => d.entity), detectString(t, 'note').map((d) => d.entity));
});
