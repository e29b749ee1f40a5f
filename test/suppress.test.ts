// Directive parsing: comment markers inside strings are not directives; apostrophes inside strings do not
// hide a real one.
import { describe, expect, it } from 'vitest';
import { parseDirectives } from '../src/suppress.js';

const kinds = (text: string) => parseDirectives(text).map((d) => `${d.line}:${d.kind}:${d.rules.join(',')}`);

describe('parseDirectives', () => {
  it('reads a directive after code holding quotes of the other kind', () => {
    expect(kinds('log("server\'s up"); app.listen(3000); // port-lint-disable-line\n')).toEqual(['1:line:']);
    expect(kinds('print("Don\'t panic", 8000)  # port-lint-disable-line hardcoded-port\n')).toEqual(['1:line:hardcoded-port']);
    expect(kinds('echo "it\'s on 8000" # port-lint-disable-line -- demo\n')).toEqual(['1:line:']);
    expect(kinds("const s = 'say \\'hi\\''; // port-lint-disable-next-line\nx(8000);\n")).toEqual(['1:next-line:']);
  });

  it('ignores a marker inside a string', () => {
    expect(kinds('const hint = "add // port-lint-disable-file to silence";\n')).toEqual([]);
    expect(kinds("msg = 'use # port-lint-disable-line here'\n")).toEqual([]);
  });

  it('keeps apostrophes in the reason', () => {
    expect(parseDirectives("x(8000) # port-lint-disable-line -- the vendor's SDK\n")[0]!.reason).toBe("the vendor's SDK");
  });
});
