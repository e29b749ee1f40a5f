// Port-ish names, port numbers and ranges, and ${VAR:-8000} interpolation.
import { describe, expect, it } from 'vitest';
import { isPortName, parsePortSpec, resolvePortExpression } from '../../src/extract/port-text.js';

describe('isPortName', () => {
  it('knows port names in every casing', () => {
    for (const n of ['PORT', 'port', 'API_PORT', 'apiPort', 'HTTPPort', '--port', '--http-port', 'containerPort', 'dbport', 'ports', 'port_number', 'redis_port2', 'dport', 'PEERPORT', 'rconport', 'QUERYPORT', 'socksport', '--sport', 'dport2']) {
      expect(isPortName(n), n).toBe(true);
    }
  });

  it('is not fooled by words containing "port", or by socket option constants', () => {
    for (const n of ['import', 'report', 'support', 'transport', 'viewport', 'passport', 'portal', 'portfolio', 'airport', 'seaport', 'teleport', 'rapport', 'deport', 'IP_BIND_ADDRESS_NO_PORT', 'SO_REUSEPORT', 'TCP_NODELAY', 'sport_hours', 'sport_intensity', 'favouriteSport']) {
      expect(isPortName(n), n).toBe(false);
    }
  });
});

describe('parsePortSpec and resolvePortExpression', () => {
  it('reads numbers, ranges and protocols, and nothing out of 1-65535', () => {
    expect(parsePortSpec('8000')).toEqual({ port: 8000 });
    expect(parsePortSpec('3000-3005')).toEqual({ port: 3000, portEnd: 3005 });
    expect(parsePortSpec('6060/udp')).toEqual({ port: 6060, protocol: 'udp' });
    for (const bad of ['0', '70000', '08000', '3005-3000', '80.5', 'abc']) expect(parsePortSpec(bad), bad).toBeUndefined();
  });

  it('resolves interpolation to the literal default, or to the variable alone', () => {
    expect(resolvePortExpression('${API_PORT:-8000}')).toEqual({ port: 8000, start: 12, end: 16, variable: 'API_PORT' });
    expect(resolvePortExpression('${API_PORT-8000}')).toMatchObject({ port: 8000, variable: 'API_PORT' });
    expect(resolvePortExpression('${A:-${B:-8000}}')).toMatchObject({ port: 8000, variable: 'A' });
    expect(resolvePortExpression('${A:-${B}/udp}')).toMatchObject({ port: null, variable: 'A', protocol: 'udp' });
    expect(resolvePortExpression('${A:- ${B:-8000/tcp} }/udp')).toEqual({ port: 8000, start: 11, end: 15, variable: 'A', protocol: 'udp' });
    const nest = (n: number, inner: string) => `${'${A:-'.repeat(n)}${inner}${'}'.repeat(n)}`;
    expect(resolvePortExpression(nest(64, '8000'))).toEqual({ port: 8000, start: 320, end: 324, variable: 'A' });
    // Thousands of levels (found by the fuzz campaign) overflowed the stack, a recursive call each, and cost
    // a pass over the rest at each level: past 64 levels it is not a port expression.
    expect(resolvePortExpression(nest(65, '8000'))).toBeUndefined();
    expect(resolvePortExpression(nest(20_000, '8000'))).toBeUndefined();
    expect(resolvePortExpression('${API_PORT}')).toEqual({ port: null, variable: 'API_PORT', start: 0, end: 11 });
    expect(resolvePortExpression('$API_PORT')).toMatchObject({ port: null, variable: 'API_PORT' });
    expect(resolvePortExpression('${API_PORT:?set it}')).toMatchObject({ port: null, variable: 'API_PORT' });
    expect(resolvePortExpression('${API_PORT:+8000}')).toMatchObject({ port: null });
    expect(resolvePortExpression('http://x')).toBeUndefined();
  });
});
