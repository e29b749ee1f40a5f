// readAdvice: how a finding tells the user to read the variable, in the syntax of the file it is in.
import { describe, expect, it } from 'vitest';
import { readAdvice } from '../src/occurrence-facts.js';
import type { PortOccurrence } from '../src/types.js';

function at(file: string, language: PortOccurrence['language'], extra: Partial<PortOccurrence> = {}): PortOccurrence {
  return {
    file,
    language,
    port: 3000,
    text: '3000',
    kind: 'publish-host',
    comment: false,
    snippet: '- "3000:3000"',
    range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } },
    ...extra,
  } as PortOccurrence;
}

describe('readAdvice', () => {
  it('gives compose interpolation for a compose document in a file not named compose*.yml', () => {
    expect(readAdvice(at('grafana.yml', 'yaml', { service: 'grafana' }), 'GRAFANA_PORT', 3000)).toBe('read GRAFANA_PORT instead: ${GRAFANA_PORT:-3000}');
    expect(readAdvice(at('compose.yaml', 'compose', { service: 'grafana' }), 'GRAFANA_PORT', 3000)).toBe('read GRAFANA_PORT instead: ${GRAFANA_PORT:-3000}');
  });

  it('does not promise interpolation in plain YAML or in a CI workflow\'s service containers', () => {
    expect(readAdvice(at('config/loki.yaml', 'yaml', { kind: 'property' }), 'LOKI_PORT', 3100)).toMatch(/^read LOKI_PORT the way the program that loads this YAML expands variables/);
    expect(readAdvice(at('.github/workflows/ci.yml', 'yaml', { service: 'postgres' }), 'PG_PORT', 5432)).toMatch(/^read PG_PORT the way the program that loads this YAML expands variables/);
  });

  it('does not offer process.env to browser code', () => {
    const url = { kind: 'url' as const, host: 'localhost', scheme: 'http', snippet: "apiBaseUrl: 'http://localhost:8000/api/'," };
    expect(readAdvice(at('src-ui/src/environments/environment.ts', 'typescript', url), 'API_PORT', 8000)).toMatch(/^read API_PORT at build time instead: browser code has no process.env/);
    expect(readAdvice(at('src/app/app.component.ts', 'typescript', url), 'API_PORT', 8000)).toMatch(/browser code has no process.env/);
    expect(readAdvice(at('server/main.ts', 'typescript', url), 'API_PORT', 8000)).toBe('read API_PORT instead, in a template literal: `http://localhost:${process.env.API_PORT ?? 8000}`');
  });
});
