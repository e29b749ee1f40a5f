// hardcoded-port on a stack's fixed inter-container ports (env_var: null): references by the service's own
// name are not reported, and what is reported says what ports.yaml should hold.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, scanFixture } from './helpers/run.js';

describe('hardcoded-port on fixed inter-container ports', () => {
  it('names the missing env var the repository already uses, or says immutable vs env_var', async () => {
    const result = await scanFixture(path.join(REPO, 'fixtures/rules/hardcoded-port'), { only: ['hardcoded-port'] });
    const messages = result.findings.filter((f) => f.file === 'stack.env').map((f) => `${f.range.start.line}: ${f.message}`);
    expect(messages).toEqual([
      '11: Port 9092 of kafka is hardcoded, and ports.yaml gives kafka no env var (ports.yaml:29); if its image or protocol fixes the port, mark it `immutable: true` there, and if it can change, give it an env_var and read that here',
      '13: Port 9092 of kafka is hardcoded, and ports.yaml gives kafka no env var (ports.yaml:29); if its image or protocol fixes the port, mark it `immutable: true` there, and if it can change, give it an env_var and read that here',
      '15: Port 9092 of kafka is given to KAFKA_PORT here, but ports.yaml gives kafka no env var (ports.yaml:29); if KAFKA_PORT is how kafka is configured, write `env_var: KAFKA_PORT` there, and if its image or protocol fixes the port, mark it `immutable: true`',
    ]);
  });
});
