// `generate env`: a .env file (docker compose, systemd EnvironmentFile, dotenv) with every port env var of an environment.
import { headerLines } from './header.js';
import { instancesText } from './shell.js';
import { appliedRegistry, envVarRoles, type Generator } from './model.js';

export const generateEnv: Generator = (ctx) => {
  const registry = appliedRegistry(ctx);
  const [marker, regenerate] = headerLines(ctx.header);
  const out: string[] = [`# ${marker}`, `# ${regenerate}`, ''];
  for (const r of envVarRoles(registry.services)) {
    const s = r.service;
    if (s.instances.length > 0) out.push(`# ${s.name} instances set their own value in each container: ${instancesText(s)}`);
    if (r.role === 'fixed') out.push(`# ${r.what}; fixed at ${s.default} (no env var)`);
    else if (r.role === 'shared') out.push(`# ${r.what}; reads ${r.envVar}, set above for ${r.first.name}`);
    else out.push(`# ${r.what}${s.immutable ? '; immutable: services ignore any other value' : ''}`, `${r.envVar}=${s.default}`);
  }
  out.push('');
  return out.join('\n');
};
