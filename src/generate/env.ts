// `generate env`: a .env file (docker compose, systemd EnvironmentFile, dotenv) with every port env var of an environment.
import { formatRange } from '../registry/registry.js';
import { headerLines } from './header.js';
import { appliedRegistry, envVarOwners, oneLine, type Generator } from './model.js';

export const generateEnv: Generator = (ctx) => {
  const registry = appliedRegistry(ctx);
  const [marker, regenerate] = headerLines(ctx.header);
  const out: string[] = [`# ${marker}`, `# ${regenerate}`, ''];
  const owners = envVarOwners(registry.services);
  for (const s of registry.services) {
    const what = `${s.name}: ${oneLine(s.description) || 'no description'}; range ${formatRange(s.range)}`;
    if (!s.envVar) {
      out.push(`# ${what}; fixed at ${s.default} (no env var)`);
      continue;
    }
    const first = owners.get(s.envVar)![0]!;
    if (first !== s) {
      out.push(`# ${what}; reads ${s.envVar}, set above for ${first.name}`);
      continue;
    }
    out.push(`# ${what}${s.immutable ? '; immutable: services ignore any other value' : ''}`);
    out.push(`${s.envVar}=${s.default}`);
  }
  out.push('');
  return out.join('\n');
};
